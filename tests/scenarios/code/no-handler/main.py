# The function's handler is handler.handle: this archive has no handler.py, so its build fails.
def handle(event, context):
    return {"statusCode": 200, "body": "never built"}
