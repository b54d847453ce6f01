"""Rules on a province folder's content (`local_content.py`) beyond the rules every module already passes: the
province's own modules have ids of their own, a replacement keeps what the test and the reports count by, and a
local case shows no image (its page publishes only the images of the module's own folder).
"""

from __future__ import annotations

from lokalatih.rules.issue import Issue
from lokalatih.rules.texts import images_in
from lokalatih.sources import Origin, Sources

# Core module ids start with the programme's letter (w01, t01); local ones with `l`, so no later core module can
# take a province's id, whatever the core adds.
LOCAL_ID_PREFIX = "l"


def local_ids(sources: Sources) -> list[Issue]:
    """A province's own module has an id starting with `l` (L01 on the site), never a core module's."""
    return [
        Issue(
            module.module.path,
            ("id",),
            f"a province's own module has an id starting with '{LOCAL_ID_PREFIX}' (like l01), "
            f"not '{module.module.spec.id}': core ids never do, so an update of the core cannot take it",
        )
        for _, module in sources.modules
        if module.origin == Origin.LOCAL and not module.module.spec.id.startswith(LOCAL_ID_PREFIX)
    ]


def replacements(sources: Sources) -> list[Issue]:
    """A replacement keeps the core module's id (session code, file names, the evaluation's columns) and has every
    item of the programme's test that the core module had, under the same id, so the test stays whole."""
    issues = []
    for programme, module in sources.modules:
        core = module.replaced
        if module.origin != Origin.REPLACEMENT or core is None:
            continue
        core_id, own_id = core.module.spec.id, module.module.spec.id
        if own_id != core_id:
            message = f"a replacement keeps the id of the module it replaces: '{core_id}', not '{own_id}'"
            issues.append(Issue(module.module.path, ("id",), message))
            continue
        core_items = {item.id for item in core.bank.spec.items}
        own_items = {item.id for item in module.bank.spec.items}
        missing = [i for i in programme.blueprint.spec.items if i in core_items and i not in own_items]
        if missing:
            message = (
                f"the programme's test uses {', '.join(missing)} of {core.slug}: keep each in this replacement's "
                "bank (the same id and what it tests; the wording may be the province's)"
            )
            issues.append(Issue(module.bank.path, ("items",), message))
    return issues


def additions_without_images(sources: Sources) -> list[Issue]:
    """A local case shows no image: put a picture in a module or a page of the province folder instead."""
    return [
        Issue(text.path, image.line, "a local case shows no image; show it in a module or page of the province folder")
        for _, module in sources.modules
        for texts in module.additions.values()
        for text in texts.values()
        for image in images_in(text.source)
    ]
