# Ends with an uncaught user-defined exception raised from a method.


class ValidationError(Exception):
    def __init__(self, field, value):
        super().__init__(f"invalid {field}: {value!r}")
        self.field = field


class Form:
    def __init__(self, **fields):
        self.fields = fields

    def validate(self):
        for name, value in self.fields.items():
            print("checking", name)
            if isinstance(value, int) and value < 0:
                raise ValidationError(name, value)
        return True


print(Form(a=1, b="x").validate())
try:
    Form(c=-1).validate()
except ValidationError as e:
    print("handled:", e, "| field:", e.field, "| args:", e.args)
print(issubclass(ValidationError, Exception), ValidationError.__name__)
print("now the unhandled one")
Form(name="ann", age=30, height=-170, weight=60).validate()
print("not reached")
