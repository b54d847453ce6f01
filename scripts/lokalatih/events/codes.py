"""Participant codes: six characters printed in the six boxes of every test form.

Five random characters and a check character from an alphabet without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 6/G,
8/B, 9/g), so a code copied badly from a form is caught rather than matched to another participant.
"""

from __future__ import annotations

import random
import secrets

ALPHABET = "ACDEFGHJKMNPQRTUVWXY347"  # 23, a prime: the check below then catches every error it is meant to
LENGTH = 6
_VALUE = {char: index for index, char in enumerate(ALPHABET)}


def _weighted(code: str) -> int:
    return sum((position + 1) * _VALUE[char] for position, char in enumerate(code)) % len(ALPHABET)


def _check_char(body: str) -> str:
    # The check character makes the weighted sum of all six 0 mod 23. With a prime modulus and weights 1..6, every
    # single wrong character and every swap of two neighbours changes the sum: the errors of copying by hand.
    weight = LENGTH
    inverse = pow(weight, -1, len(ALPHABET))
    return ALPHABET[(-_weighted(body) * inverse) % len(ALPHABET)]


def normalise(raw: str) -> str:
    """What a clerk typed, the way codes are compared: upper case, no spaces or dashes."""
    return "".join(raw.split()).replace("-", "").upper()


def is_valid(code: str) -> bool:
    return len(code) == LENGTH and all(char in _VALUE for char in code) and _weighted(code) == 0


def new_codes(count: int, taken: set[str] | None = None, rng: random.Random | None = None) -> list[str]:
    """`count` fresh codes, none in `taken`; `rng` only for reproducible tests (real events use `secrets`)."""
    taken = set(taken or ())
    choose = rng.choice if rng is not None else secrets.choice
    codes: list[str] = []
    while len(codes) < count:
        body = "".join(choose(ALPHABET) for _ in range(LENGTH - 1))
        code = body + _check_char(body)
        if code not in taken:
            taken.add(code)
            codes.append(code)
    return codes
