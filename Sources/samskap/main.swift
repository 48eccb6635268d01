import Glibc

// No arguments, or a project file: the window. Otherwise a headless subcommand.
exit(CommandLineTool.run(Array(CommandLine.arguments.dropFirst())))
