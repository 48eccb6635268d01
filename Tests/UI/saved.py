"""What the project file holds, read without the window: `samskap export-json`, or SQLite read-only until it exists."""
import json
import os
import sqlite3
import subprocess
import tempfile


def read_saved(binary, path, env=None):
    """The saved project as a dict shaped like the exchange format's document (partners, goals…)."""
    out = os.path.join(tempfile.mkdtemp(prefix="samskap-export-"), "out.json")
    result = subprocess.run([binary, "export-json", path, "-o", out], capture_output=True, text=True, env=env, timeout=60)
    if result.returncode == 0 and os.path.exists(out):
        with open(out, encoding="utf-8") as f:
            data = json.load(f)
        return data.get("document", data), "export-json"
    return _read_sqlite(path), "sqlite"


def _read_sqlite(path):
    db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    try:
        db.row_factory = sqlite3.Row
        project = dict(db.execute("SELECT * FROM project").fetchone())
        partners = []
        for row in db.execute("SELECT * FROM partner ORDER BY seq"):
            roles = row["citizen_roles"]
            partners.append({
                "name": row["name"], "sector": row["sector"],
                "contact": {"person": row["contact_person"], "email": row["contact_email"], "phone": row["contact_phone"]},
                "citizenRoles": json.loads(roles) if roles.startswith("[") else [r for r in roles.split(",") if r],
                "anchorPoints": json.loads(row["anchor_points"]),
            })
        goals = [{"text": r["text"]} for r in db.execute("SELECT * FROM goal ORDER BY position")]
        municipality = {"name": project["municipality_name"], "number": project["municipality_number"]} \
            if project["municipality_name"] else None
        return {"project": {"name": project["name"], "vision": project["vision"], "problem": project["problem"],
                            "circlePhase": project["circle_phase"], "municipality": municipality},
                "partners": partners, "goals": goals}
    finally:
        db.close()
