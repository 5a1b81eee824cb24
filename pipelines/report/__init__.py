"""What people see of a run: the quiet terminal, the charts."""
