"""Bokmål for the texts added by the fixes of issue 11 (the circle phase shown on the Overview, edited under
Process › Position); make_po.py merges it into NB."""

NB = {
    "Change under _Process › Position": "Endre under _Prosess › Posisjon",
    "Record a phase change under Process › Position": "Registrer et faseskifte under Prosess › Posisjon",
}
