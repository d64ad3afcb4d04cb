"""One module per `natopress` command: each `run(args)` does the command's work and returns the exit status."""
