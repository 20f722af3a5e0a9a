print("bench-aws: not yet")
