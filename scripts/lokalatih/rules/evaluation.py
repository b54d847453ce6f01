"""Rules on each programme's evaluation.yaml: names, keys and choices unique, every scale referred to exists and is
used, the session that hands the form out is a module of the programme, and the expanded rows (one per module for a
per-session rating) keep names of their own, since each is a column of the entry file.
"""

from __future__ import annotations

from collections import Counter

from lokalatih.model.evaluation import QuestionKind
from lokalatih.rules.issue import Issue, duplicates
from lokalatih.sources import Sources


def forms(sources: Sources) -> list[Issue]:
    issues: list[Issue] = []
    for programme in sources.programmes:
        path, spec = programme.evaluation.path, programme.evaluation.spec
        issues += duplicates(path, spec.scales, "scales", "key")
        issues += duplicates(path, spec.questions, "questions", "name")
        scales = {scale.key for scale in spec.scales}
        used: set[str] = set()
        for index, question in enumerate(spec.questions):
            values = Counter(choice.value for choice in question.choices or [])
            issues += [
                Issue(path, ("questions", index, "choices", number, "value"), f"duplicate value '{choice.value}'")
                for number, choice in enumerate(question.choices or [])
                if values[choice.value] > 1
            ]
            if question.scale is not None:
                used.add(question.scale)
                if question.scale not in scales:
                    known = ", ".join(sorted(scales))
                    message = f"no scale '{question.scale}'; known: {known}"
                    issues.append(Issue(path, ("questions", index, "scale"), message))
        issues += [
            Issue(path, ("scales", index, "key"), f"scale '{scale.key}' is not used by any question")
            for index, scale in enumerate(spec.scales)
            if scale.key not in used
        ]
        if spec.handed_out_in not in programme.modules:
            known = ", ".join(programme.modules)
            message = f"no module folder '{spec.handed_out_in}' in {programme.folder.name}; known: {known}"
            issues.append(Issue(path, ("handed_out_in",), message))
        # Expanded names: a session rating `session` becomes session_w01, session_w02, ...
        module_ids = [module.module.spec.id for module in programme.modules.values()]
        expanded = {
            f"{question.name}_{module_id}": question.name
            for question in spec.questions
            if question.kind == QuestionKind.SESSION_RATING
            for module_id in module_ids
        }
        for index, question in enumerate(spec.questions):
            if question.name in expanded:
                session = question.name.rsplit("_", 1)[1]
                message = (
                    f"'{question.name}' is also the name of the row of session {session} of the per-session rating "
                    f"'{expanded[question.name]}'; choose another name"
                )
                issues.append(Issue(path, ("questions", index, "name"), message))
    return issues
