"""Business logic, plain Python: no Qt. Every function takes its Session, Principal and clock."""
