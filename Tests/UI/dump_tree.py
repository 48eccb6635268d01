#!/usr/bin/python3
"""Debug aid: prints the accessible tree of running samskap processes. Usage: dump_tree.py [PID]"""
import sys
import pyatspi


def dump(node, depth=0, out=sys.stdout):
    try:
        states = node.getState()
        showing = " [" + ",".join(pyatspi.stateToString(s) for s in states.getStates()) + "]"
        out.write("%s%s %r%s\n" % ("  " * depth, node.getRoleName(), node.name, showing))
        for i in range(node.childCount):
            dump(node.getChildAtIndex(i), depth + 1, out)
    except Exception as error:
        out.write("%s<%s>\n" % ("  " * depth, error))


if __name__ == "__main__":
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is None:
            continue
        if len(sys.argv) > 1 and str(app.get_process_id()) != sys.argv[1]:
            continue
        dump(app)
