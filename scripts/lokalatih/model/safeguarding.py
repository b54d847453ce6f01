"""`modules/safeguarding.yaml`: the limits of confidentiality that every session dealing with disclosure states.

One text for the whole kit, so that no session promises more secrecy than the law and safety allow; sessions include
it through `{{ confidentiality_limits }}` inside their `!!! safeguarding` block, with the event's focal point.
"""

from __future__ import annotations

from pydantic import Field

from lokalatih.model.common import StrictModel, Text


class SafeguardingSpec(StrictModel):
    limits: Text = Field(description="When confidentiality must be broken: a child, danger to life, a legal duty.")
    promise: Text = Field(description="What a facilitator or officer may promise, word for word.")
    records: Text = Field(description="How disclosures are recorded and kept, or not kept (chat logs included).")
