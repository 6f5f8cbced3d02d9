"""A package next to the program, as a course's exercises come with."""
