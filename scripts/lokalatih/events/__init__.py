"""Running an event with the kit: the event folder and everything read from it or printed for it.

An event folder (`events/<province>-<programme>-<date>/`, git-ignored) holds the organisers' own data: the
participant list, attendance, the typed-in test answers and evaluations. Commands read it and write only into its
`output/` subfolder; no command rewrites a file a person fills in (`event enter` only appends rows).

    folder.py        the folder's layout and event.yaml; create.py: `lokalatih event new`
    codes.py         participant codes: short, unambiguous, with a check letter
    participants.py  the participant list, checked row by row
    attendance.py    who came on which day; women's share per day, group, district, province
    sheets.py        the code list and the sign-in sheets, printed from the list
    answers.py       the typed-in answer sheets of one test, checked cell by cell
    report.py        one report from the pooled data of one or several events
    commands.py      the command line of all of these
    evaluation.py    the participants' evaluation: entry files, the reader, the summary, `lokalatih event evaluate`
    entry_sheet.py   the entry workbooks of the answer sheets, with data validation per form
    entry.py         `lokalatih event enter`: typing the answer sheets in, checked line by line
    certificates.py  a certificate per participant present on enough days, and the organisers' list of them
"""
