"""Project files for the real-window tests."""
import json
import os
import uuid

IMPACT_STEPS = ["problem", "goals", "targetGroups", "activities", "indicators",
                "methods", "targets", "baseline", "regular", "evaluate"]


def write_project(path, name, partners):
    """Writes a project file with the name and (name, sector) partners.

    Interim: the window layer reads the document as JSON until SamskapStore's ProjectFile lands;
    then this becomes `samskap import-json`.
    """
    doc = {
        "project": {
            "id": str(uuid.uuid4()).upper(), "name": name, "problem": "", "vision": "",
            "period": {}, "phaseHistory": [], "staircase": [], "targetGroups": [], "activities": [],
            "theoryOfChange": "", "anonymityThreshold": 3,
        },
        "partners": [
            {"id": str(uuid.uuid4()).upper(), "name": n, "sector": s, "contact": {"person": "", "role": "", "email": "", "phone": ""},
             "resources": "", "competences": "", "ownAgenda": "", "citizenRoles": [], "anchorPoints": []}
            for n, s in partners
        ],
        "goals": [], "subGoals": [], "impactSteps": [], "indicators": [], "measurements": [],
        "evaluations": [], "rounds": [], "respondents": [], "answers": [],
    }
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False)
    return path
