print("bench-gateway: being written")
