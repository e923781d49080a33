print("leakline-bench: not yet written")
