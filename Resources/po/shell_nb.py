"""Bokmål for the texts of the libadwaita app shell (Sources/SamskapUI/Window, App); make_po.py merges it into NB."""

NB = {
    "Show pages": "Vis sidene",
    "The Samskap developers": "Utviklerne av Samskap",
}
