#!/usr/bin/env python3
"""Validate the sample files that generate_samples.py writes, and print counts per outcome and entity type.

Checks that every line parses and that events match the AnnotationEvent field names and types. Each
planted value must occur verbatim in its event and pass its checksum or range rule, and each outcome
must follow from the planted types and the project. A crude scan must find no sensitive-looking value
that is not planted. Exits with status 1 and lists the problems when a check fails.

Usage: python3 topology/samples/check_samples.py
"""

from __future__ import annotations

import base64
import ipaddress
import json
import re
import struct
import sys
from collections import Counter
from pathlib import Path

SAMPLES_DIR = Path(__file__).resolve().parent
SCHEMA_PATH = SAMPLES_DIR.parent.parent / "schemas" / "AnnotationEvent.avsc"

ROUTED_PROJECTS = {"helpdesk-rlhf", "multilingual-chat", "code-assistant-evals", "rubric-calibration"}
KNOWN_PROJECTS = ROUTED_PROJECTS | {"safety-redteam"}
CODENAMES = {"kestrel", "bluefin", "osprey", "tamarind", "nightjar"}
SECRET_TYPES = {"AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "PRIVATE_KEY", "JWT", "PASSWORD",
                "CONFIDENTIALITY_LABEL"}
PERSONAL_TYPES = {"EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS", "CODENAME"}
CONFIDENTIALITY_LABELS = {"CONFIDENTIAL", "INTERNAL ONLY", "DO NOT DISTRIBUTE", "ACME CONFIDENTIAL", "ACME INTERNAL"}
IBAN_LENGTHS = {"DE": 22, "FR": 27, "GB": 22, "ES": 24, "NL": 18}
DOCUMENTATION_NETWORKS = [ipaddress.ip_network(n) for n in
                          ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
WIRE_REASONS = {"NOT_WIRE_FORMAT", "UNKNOWN_SCHEMA_ID", "CORRUPT_AVRO"}

# Crude detectors for the leak scan. Every hit must lie inside a planted value, so a hit outside one means the
# generator wrote a sensitive value without planting it, or a hard negative that looks too much like one.
LEAK_PATTERNS = {
    "email": re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+"),
    "codename": re.compile(r"(?<![\w])(?:kestrel|bluefin|osprey|tamarind|nightjar)(?![\w])", re.IGNORECASE),
    "aws": re.compile(r"AKIA[A-Z2-7]{16}"),
    "github": re.compile(r"gh[pousr]_[A-Za-z0-9]{20,}|github_pat_\w+"),
    "pem": re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
    "jwt": re.compile(r"eyJ[\w-]+\.[\w-]+\.[\w-]+"),
    "password_assignment": re.compile(r"(?:password|passwd|pwd)\s*[=:]\s*\"?[^\s\";]+", re.IGNORECASE),
    "url_credentials": re.compile(r"[a-z][a-z0-9+.-]*://[^/\s:@]+:[^/\s@]+@"),
    "label": re.compile(r"CONFIDENTIAL|INTERNAL ONLY|DO NOT DISTRIBUTE|ACME INTERNAL"),
    "iban": re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b"),
    "ssn": re.compile(r"\b\d{3}-\d{2}-\d{4}\b"),
    "ipv4": re.compile(r"\b(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}\b"),
    "ipv6": re.compile(r"2001:db8:[0-9a-f:]*", re.IGNORECASE),
    "phone_plus": re.compile(r"[+＋][\d０-９][\d０-９ ()\-－.]{6,}[\d０-９]"),
    "phone_national": re.compile(r"\(?\b\d{3}\)?[ .-]555[ .-]01\d\d\b|\b0\d{2,4} \d{3,4} ?\d{3,4}\b"),
}
CARD_RUN = re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])")


def luhn_valid(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        digit = int(char)
        if index % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def iban_valid(iban: str) -> bool:
    compact = iban.replace(" ", "")
    if IBAN_LENGTHS.get(compact[:2]) != len(compact):
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(char, 36)) for char in rearranged)) % 97 == 1


def card_valid(card: str) -> bool:
    digits = re.sub(r"[ -]", "", card)
    if not digits.isdigit() or not luhn_valid(digits):
        return False
    if digits[0] == "4":
        return len(digits) == 16
    if digits[:2] in {"34", "37"}:
        return len(digits) == 15
    return len(digits) == 16 and (51 <= int(digits[:2]) <= 55 or 2221 <= int(digits[:4]) <= 2720)


def ssn_valid(ssn: str) -> bool:
    match = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", ssn)
    if not match:
        return False
    area, group, serial = (int(part) for part in match.groups())
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


def ip_valid(value: str) -> bool:
    address = ipaddress.ip_address(value)
    return any(address in network for network in DOCUMENTATION_NETWORKS)


def email_valid(value: str) -> bool:
    domain = value.rsplit("@", 1)[1].lower()
    return domain.endswith((".example", "example.com", "example.org", "example.net"))


def phone_valid(value: str) -> bool:
    """Check that a phone number is in a fictional range, or in the short list of hand-picked other prefixes."""
    digits = "".join(str(int(char)) for char in value.replace("(0)", "") if char.isdigit())
    fictional = [r"1?\d{3}55501\d\d", r"(44|0)7700900\d{3}", r"(44|0)207946\d{4}", r"(33|0)199\d{6}",
                 r"61491570\d{3}", r"6125550\d{4}"]
    hand_picked = [r"49305550\d{4}", r"491515550\d{4}", r"34915550\d{3}", r"55\d\d5550\d{4}", r"35121555\d{4}",
                   r"8135550\d{4}", r"9198555\d{5}"]
    return any(re.fullmatch(pattern, digits) for pattern in fictional + hand_picked)


def jwt_valid(value: str) -> bool:
    header = value.split(".")[0]
    decoded = base64.urlsafe_b64decode(header + "=" * (-len(header) % 4))
    return json.loads(decoded) == {"alg": "HS256", "typ": "JWT"}


VALIDATORS = {
    "CREDIT_CARD": card_valid,
    "IBAN_CODE": iban_valid,
    "US_SSN": ssn_valid,
    "IP_ADDRESS": ip_valid,
    "EMAIL_ADDRESS": email_valid,
    "PHONE_NUMBER": phone_valid,
    "CODENAME": lambda value: value.lower() in CODENAMES,
    "AWS_ACCESS_KEY": lambda value: re.fullmatch(r"AKIA[A-Z2-7]{16}", value) is not None,
    "GITHUB_TOKEN": lambda value: re.fullmatch(r"ghp_[A-Za-z0-9]{36}|github_pat_\w{82}", value) is not None,
    "PRIVATE_KEY": lambda value: value.startswith("-----BEGIN ") and value.endswith("PRIVATE KEY-----"),
    "JWT": jwt_valid,
    "PASSWORD": lambda value: len(value) >= 6,
    "CONFIDENTIALITY_LABEL": lambda value: value in CONFIDENTIALITY_LABELS,
    "AWS_SECRET_KEY": lambda value: len(value) == 40,
}


def read_jsonl(path: Path, problems: list[str]) -> list[dict]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n")[:-1], start=1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as error:
            problems.append(f"{path.name}:{number}: invalid JSON: {error}")
    return rows


# Optional keys of an events line that set the Kafka record key and headers instead of a schema field.
KEY_FIELD = "_key"
HEADERS_FIELD = "_headers"


def event_texts(event: dict) -> list[str]:
    texts = [event["prompt"], event["response"] or "", event["annotator_notes"] or ""]
    texts += [message["content"] for message in event["messages"]]
    texts += event["labels"]
    texts += list(event["metadata"].keys()) + list(event["metadata"].values())
    texts += [event.get(KEY_FIELD) or ""] + list(event.get(HEADERS_FIELD, {}).values())
    return texts


def check_event_shape(event: dict, field_names: list[str], problems: list[str]) -> None:
    event_id = event.get("event_id")
    record_keys = [key for key in event if key in (KEY_FIELD, HEADERS_FIELD)]
    if record_keys and list(event.keys())[-len(record_keys):] != record_keys:
        problems.append(f"{event_id}: {KEY_FIELD} and {HEADERS_FIELD} must come after the schema fields")
    if [key for key in event if key not in (KEY_FIELD, HEADERS_FIELD)] != field_names:
        problems.append(f"{event_id}: keys {list(event.keys())} differ from the schema fields {field_names}")
        return

    string_fields = ["event_id", "project", "prompt"]
    optional_string_fields = ["language", "response", "annotator_notes", "annotator_id"]
    for name in string_fields:
        if not isinstance(event[name], str):
            problems.append(f"{event_id}: {name} is not a string")
    for name in optional_string_fields:
        if event[name] is not None and not isinstance(event[name], str):
            problems.append(f"{event_id}: {name} is neither null nor a string")

    if not re.fullmatch(r"evt-\d{6}", event_id):
        problems.append(f"{event_id}: event_id does not match evt-NNNNNN")
    if event["event_type"] not in {"PROMPT", "RESPONSE", "ANNOTATION", "RUBRIC", "REVIEW", "CONVERSATION"}:
        problems.append(f"{event_id}: invalid event_type {event['event_type']!r}")
    if event["project"] not in KNOWN_PROJECTS:
        problems.append(f"{event_id}: unknown project {event['project']!r}")
    if not isinstance(event["created_at"], str) or not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ",
                                                                     event["created_at"]):
        problems.append(f"{event_id}: created_at {event['created_at']!r} is not ISO-8601 UTC")

    messages = event["messages"]
    if not isinstance(messages, list) or any(
            not isinstance(m, dict) or list(m.keys()) != ["role", "content"]
            or not all(isinstance(v, str) for v in m.values()) for m in messages):
        problems.append(f"{event_id}: messages must be a list of {{role, content}} string objects")
    if not isinstance(event["labels"], list) or not all(isinstance(label, str) for label in event["labels"]):
        problems.append(f"{event_id}: labels must be a list of strings")
    score = event["score"]
    if score is not None and (isinstance(score, bool) or not isinstance(score, (int, float))):
        problems.append(f"{event_id}: score is neither null nor a number")
    metadata = event["metadata"]
    if not isinstance(metadata, dict) or not all(isinstance(v, str) for v in metadata.values()):
        problems.append(f"{event_id}: metadata must map strings to strings")


def find_unplanted(event: dict, planted: list[dict]) -> list[str]:
    """Return sensitive-looking substrings that no planted value covers."""
    leaks = []
    for text in event_texts(event):
        covered = [False] * len(text)
        for entry in planted:
            start = text.find(entry["value"])
            while start != -1:
                for index in range(start, start + len(entry["value"])):
                    covered[index] = True
                start = text.find(entry["value"], start + 1)
        hits = [(name, match) for name, pattern in LEAK_PATTERNS.items() for match in pattern.finditer(text)]
        hits += [("card", match) for match in CARD_RUN.finditer(text)
                 if luhn_valid(re.sub(r"[ -]", "", match.group()))]
        for name, match in hits:
            if not any(covered[match.start():match.end()]):
                leaks.append(f"{name}: {match.group()!r}")
    return leaks


def check_events(problems: list[str]) -> tuple[Counter, Counter]:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    field_names = [field["name"] for field in schema["fields"]]
    events = read_jsonl(SAMPLES_DIR / "events.jsonl", problems)
    expected = read_jsonl(SAMPLES_DIR / "expected.jsonl", problems)
    if len(events) < 220:
        problems.append(f"events.jsonl has {len(events)} events, expected at least 220")
    if [e["event_id"] for e in events] != [x["event_id"] for x in expected]:
        problems.append("expected.jsonl does not list the event ids of events.jsonl in the same order")
    if len({e["event_id"] for e in events}) != len(events):
        problems.append("event ids are not unique")

    outcomes, planted_types = Counter(), Counter()
    for event, expectation in zip(events, expected):
        event_id = event["event_id"]
        check_event_shape(event, field_names, problems)
        if list(expectation.keys()) != ["event_id", "outcome", "planted"]:
            problems.append(f"{event_id}: expected keys are {list(expectation.keys())}")
        planted = expectation["planted"]
        texts = event_texts(event)
        for entry in planted:
            planted_types[entry["type"]] += 1
            if entry["type"] not in SECRET_TYPES | PERSONAL_TYPES:
                problems.append(f"{event_id}: unknown planted type {entry['type']}")
            if not any(entry["value"] in text for text in texts):
                problems.append(f"{event_id}: planted {entry['type']} {entry['value']!r} not found verbatim")
            validator = VALIDATORS.get(entry["type"])
            if validator and not validator(entry["value"]):
                problems.append(f"{event_id}: planted {entry['type']} {entry['value']!r} fails its validity check")
        has_secret = any(entry["type"] in SECRET_TYPES for entry in planted)
        if event["project"] not in ROUTED_PROJECTS:
            expected_outcome = "unrouted"
        elif has_secret:
            expected_outcome = "quarantine"
        else:
            expected_outcome = "vendor"
        if expectation["outcome"] != expected_outcome:
            problems.append(f"{event_id}: outcome {expectation['outcome']!r}, but planted types and project give "
                            f"{expected_outcome!r}")
        outcomes[expectation["outcome"] + ("" if planted else " (nothing planted)")] += 1
        for leak in find_unplanted(event, planted):
            problems.append(f"{event_id}: sensitive-looking value not in planted: {leak}")

    longest = max(len(json.dumps(event, ensure_ascii=False).encode("utf-8")) for event in events)
    if longest < 19_000:
        problems.append(f"the longest event is {longest} bytes, expected one around 20 KB")
    return outcomes, planted_types


def check_undecodable(problems: list[str]) -> Counter:
    reasons = Counter()
    for row in read_jsonl(SAMPLES_DIR / "undecodable.jsonl", problems):
        if list(row.keys()) != ["description", "value_base64", "expected_reason"]:
            problems.append(f"undecodable: unexpected keys {list(row.keys())}")
            continue
        value = base64.b64decode(row["value_base64"], validate=True)
        reason = row["expected_reason"]
        reasons[reason] += 1
        if reason not in WIRE_REASONS:
            problems.append(f"undecodable: invalid reason {reason!r}")
        header_ok = len(value) >= 5 and value[0] == 0
        schema_id = struct.unpack(">I", value[1:5])[0] if header_ok else None
        consistent = {"NOT_WIRE_FORMAT": not header_ok, "UNKNOWN_SCHEMA_ID": header_ok and schema_id != 1,
                      "CORRUPT_AVRO": header_ok and schema_id == 1}.get(reason, False)
        if not consistent:
            problems.append(f"undecodable: {row['description']!r} does not fit reason {reason}")
    if sum(reasons.values()) < 6:
        problems.append("undecodable.jsonl has fewer than 6 payloads")
    return reasons


def main() -> int:
    problems: list[str] = []
    outcomes, planted_types = check_events(problems)
    reasons = check_undecodable(problems)
    print("outcomes:", dict(sorted(outcomes.items())))
    print("planted values per type:", dict(sorted(planted_types.items())))
    print("undecodable reasons:", dict(sorted(reasons.items())))
    for problem in problems:
        print("PROBLEM:", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
