# Generated from openapi.yaml by tools/generate_operations.py: do not edit.
"""Each request body of the API as one JSON Schema (draft 2020-12), references
inlined: what a tool checks input against before sending it. Keys are the spec's
component names (`Operation.body_schema`). SERVICE_SCHEMA, made of them, is the
service file's (`scw-functions plan` and `apply`)."""

from typing import Any

REQUEST_SCHEMAS: dict[str, dict[str, Any]] = {
    "CreateCronRequest": {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "description": "The cron to create.",
        "required": ["function_id", "schedule"],
        "properties": {
            "function_id": {
                "type": "string",
                "description": "UUID of the function to call on schedule.",
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "x-pattern-description": "a UUID, such as 1eb1bff4-3ba6-4bef-a8de-6a6508c28a74",
                "examples": ["1eb1bff4-3ba6-4bef-a8de-6a6508c28a74"],
            },
            "schedule": {
                "type": "string",
                "description": "Schedule of the cron in UNIX cron format: five fields of printable ASCII separated by single spaces (e.g. `0 * * * *`).",
                "pattern": "^[!-~]+( [!-~]+){4}$",
                "x-pattern-description": "five fields of printable characters separated by single spaces, such as 0 * * * *",
            },
            "args": {
                "type": "object",
                "description": "Arguments passed to the function on each run, as a JSON object (the body of the request the cron sends).",
                "additionalProperties": True,
            },
            "name": {"type": "string", "description": "Name of the cron."},
        },
    },
    "CreateDomainRequest": {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "description": "The domain name binding to create.",
        "required": ["hostname", "function_id"],
        "properties": {
            "hostname": {
                "type": "string",
                "description": "Hostname to create, a valid DNS name (e.g. `api.example.com`).",
                "maxLength": 253,
            },
            "function_id": {
                "type": "string",
                "description": "UUID of the function to bind the hostname to.",
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "x-pattern-description": "a UUID, such as 1eb1bff4-3ba6-4bef-a8de-6a6508c28a74",
                "examples": ["1eb1bff4-3ba6-4bef-a8de-6a6508c28a74"],
            },
        },
    },
    "CreateFunctionRequest": {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "description": "The function to create.",
        "required": ["namespace_id"],
        "properties": {
            "name": {
                "type": "string",
                "description": "Name of the function to create; generated when omitted.",
                "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",
                "x-pattern-description": "lowercase letters, digits and dashes, starting and ending with a letter or a digit",
                "maxLength": 63,
            },
            "namespace_id": {
                "type": "string",
                "description": "UUID of the namespace the function will be created in.",
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "x-pattern-description": "a UUID, such as 1eb1bff4-3ba6-4bef-a8de-6a6508c28a74",
                "examples": ["1eb1bff4-3ba6-4bef-a8de-6a6508c28a74"],
            },
            "environment_variables": {
                "type": "object",
                "description": "Environment variables of the function.",
                "maxProperties": 100,
                "propertyNames": {
                    "pattern": "^(?!SCW_)[A-Za-z_][A-Za-z0-9_]*$",
                    "x-pattern-description": "letters, digits and underscores, not starting with a digit nor with the reserved SCW_",
                },
                "additionalProperties": {"type": "string", "maxLength": 1000},
            },
            "min_scale": {
                "type": "integer",
                "format": "int32",
                "minimum": 0,
                "maximum": 50,
                "description": "Minimum number of instances to scale the function to.",
            },
            "max_scale": {
                "type": "integer",
                "format": "int32",
                "minimum": 1,
                "maximum": 50,
                "description": "Maximum number of instances to scale the function to.",
            },
            "runtime": {
                "type": "string",
                "description": "Runtime to use with the function.",
                "enum": [
                    "unknown_runtime",
                    "golang",
                    "python",
                    "python3",
                    "node8",
                    "node10",
                    "node14",
                    "node16",
                    "node17",
                    "python37",
                    "python38",
                    "python39",
                    "python310",
                    "go113",
                    "go117",
                    "go118",
                    "node18",
                    "rust165",
                    "go119",
                    "python311",
                    "php82",
                    "node19",
                    "go120",
                    "node20",
                    "go121",
                    "node22",
                    "python312",
                    "php83",
                    "go122",
                    "rust179",
                    "go123",
                    "go124",
                    "python313",
                    "rust185",
                    "php84",
                    "node24",
                    "node26",
                    "go125",
                    "go126",
                    "php85",
                    "python314",
                    "rust196",
                ],
            },
            "memory_limit": {
                "type": "integer",
                "format": "int32",
                "description": "Memory limit of the function in MB; the vCPU share follows from it.",
                "anyOf": [
                    {"const": 128},
                    {"const": 256},
                    {"const": 512},
                    {"const": 1024},
                    {"const": 2048},
                    {"const": 3072},
                    {"const": 4096},
                ],
            },
            "timeout": {
                "type": "string",
                "description": "Request processing time limit for the function. (in seconds)",
                "pattern": "^0*(([0-9]{1,2}|[1-8][0-9]{2})(\\.[0-9]{1,9})?|900(\\.0{1,9})?)s$",
                "x-pattern-description": "seconds followed by s, such as 300s, at most 900s (15 minutes)",
                "examples": ["300s"],
                "x-duration": "seconds",
            },
            "handler": {
                "type": "string",
                "description": "Handler to use with the function.",
            },
            "privacy": {
                "type": "string",
                "description": "Privacy setting of the function.",
                "enum": ["unknown_privacy", "public", "private"],
            },
            "description": {
                "type": "string",
                "description": "Description of the function.",
            },
            "secret_environment_variables": {
                "type": ["array", "null"],
                "description": "Secret environment variables of the function.",
                "maxItems": 100,
                "items": {
                    "type": "object",
                    "description": "A secret environment variable as sent in a request. On update, a key with no value deletes that secret.",
                    "required": ["key"],
                    "properties": {
                        "key": {
                            "type": "string",
                            "description": "Name of the secret environment variable.",
                            "pattern": "^(?!SCW_)[A-Za-z_][A-Za-z0-9_]*$",
                            "x-pattern-description": "letters, digits and underscores, not starting with a digit nor with the reserved SCW_",
                        },
                        "value": {
                            "type": ["string", "null"],
                            "description": "Value of the secret environment variable, at most 65536 bytes. On update, a null or absent value deletes the secret.",
                            "maxLength": 65536,
                            "x-secret": True,
                        },
                    },
                },
            },
            "http_option": {
                "type": "string",
                "description": "Configure how HTTP and HTTPS requests are handled. Possible values:\n- redirected: Responds to HTTP request with a 301 redirect to ask the clients to use HTTPS.\n- enabled: Serve both HTTP and HTTPS traffic.",
                "enum": ["unknown_http_option", "enabled", "redirected"],
            },
            "sandbox": {
                "type": "string",
                "description": "Execution environment of the function.",
                "enum": ["unknown_sandbox", "v1", "v2"],
            },
            "tags": {
                "type": ["array", "null"],
                "description": "Tags of the Serverless Function. Null is the same as absent.",
                "items": {"type": "string"},
            },
            "private_network_id": {
                "type": "string",
                "description": "ID of the Private Network the function is connected to. When connected to a Private Network, the function can access other Scaleway resources in this Private Network.",
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "x-pattern-description": "a UUID, such as 1eb1bff4-3ba6-4bef-a8de-6a6508c28a74",
                "examples": ["1eb1bff4-3ba6-4bef-a8de-6a6508c28a74"],
            },
        },
    },
    "CreateNamespaceRequest": {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "description": "The namespace to create.",
        "properties": {
            "name": {
                "type": "string",
                "description": "Name of the namespace; generated when omitted.",
                "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",
                "x-pattern-description": "lowercase letters, digits and dashes, starting and ending with a letter or a digit",
                "maxLength": 63,
            },
            "environment_variables": {
                "type": "object",
                "description": "Environment variables of the namespace.",
                "maxProperties": 100,
                "propertyNames": {
                    "pattern": "^(?!SCW_)[A-Za-z_][A-Za-z0-9_]*$",
                    "x-pattern-description": "letters, digits and underscores, not starting with a digit nor with the reserved SCW_",
                },
                "additionalProperties": {"type": "string", "maxLength": 1000},
            },
            "project_id": {
                "type": "string",
                "description": "UUID of the project in which the namespace will be created.",
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "x-pattern-description": "a UUID, such as 1eb1bff4-3ba6-4bef-a8de-6a6508c28a74",
                "examples": ["1eb1bff4-3ba6-4bef-a8de-6a6508c28a74"],
            },
            "description": {
                "type": "string",
                "description": "Description of the namespace.",
            },
            "secret_environment_variables": {
                "type": ["array", "null"],
                "description": "Secret environment variables of the namespace.",
                "maxItems": 100,
                "items": {
                    "type": "object",
                    "description": "A secret environment variable as sent in a request. On update, a key with no value deletes that secret.",
                    "required": ["key"],
                    "properties": {
                        "key": {
                            "type": "string",
                            "description": "Name of the secret environment variable.",
                            "pattern": "^(?!SCW_)[A-Za-z_][A-Za-z0-9_]*$",
                            "x-pattern-description": "letters, digits and underscores, not starting with a digit nor with the reserved SCW_",
                        },
                        "value": {
                            "type": ["string", "null"],
                            "description": "Value of the secret environment variable, at most 65536 bytes. On update, a null or absent value deletes the secret.",
                            "maxLength": 65536,
                            "x-secret": True,
                        },
                    },
                },
            },
            "tags": {
                "type": ["array", "null"],
                "description": "Tags of the Serverless Function Namespace. Null is the same as absent.",
                "items": {"type": "string"},
            },
            "activate_vpc_integration": {
                "type": "boolean",
                "description": "Deprecated by the API; its value no longer matters.",
                "deprecated": True,
            },
        },
    },
    "CreateTokenRequest": {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "description": "The token to create, for exactly one of a function or a namespace.",
        "allOf": [
            {
                "description": "A token belongs to exactly one of a function and a namespace.",
                "oneOf": [
                    {"required": ["function_id"]},
                    {"required": ["namespace_id"]},
                ],
            }
        ],
        "properties": {
            "function_id": {
                "type": "string",
                "description": "UUID of the function the token gives access to.",
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "x-pattern-description": "a UUID, such as 1eb1bff4-3ba6-4bef-a8de-6a6508c28a74",
                "examples": ["1eb1bff4-3ba6-4bef-a8de-6a6508c28a74"],
            },
            "namespace_id": {
                "type": "string",
                "description": "UUID of the namespace whose functions the token gives access to.",
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "x-pattern-description": "a UUID, such as 1eb1bff4-3ba6-4bef-a8de-6a6508c28a74",
                "examples": ["1eb1bff4-3ba6-4bef-a8de-6a6508c28a74"],
            },
            "description": {
                "type": "string",
                "description": "Description of the token.",
            },
            "expires_at": {
                "type": "string",
                "format": "date-time",
                "description": "Date on which the token expires. (RFC 3339 format)",
            },
        },
    },
    "CreateTriggerRequest": {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "description": "The trigger to create. Exactly one of scw_sqs_config, scw_nats_config and sqs_config must be given.",
        "required": ["name", "function_id"],
        "allOf": [
            {
                "description": "A trigger reads from exactly one source.",
                "oneOf": [
                    {"required": ["scw_sqs_config"]},
                    {"required": ["scw_nats_config"]},
                    {"required": ["sqs_config"]},
                ],
            }
        ],
        "properties": {
            "name": {"type": "string", "description": "Name of the trigger."},
            "function_id": {
                "type": "string",
                "description": "UUID of the function to call for each message.",
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "x-pattern-description": "a UUID, such as 1eb1bff4-3ba6-4bef-a8de-6a6508c28a74",
                "examples": ["1eb1bff4-3ba6-4bef-a8de-6a6508c28a74"],
            },
            "description": {
                "type": "string",
                "description": "Description of the trigger.",
            },
            "scw_sqs_config": {
                "type": "object",
                "description": "The Scaleway SQS queue a new trigger reads from.",
                "required": ["queue", "mnq_project_id", "mnq_region"],
                "properties": {
                    "queue": {
                        "type": "string",
                        "description": "Name of the SQS queue the trigger should listen to.",
                    },
                    "mnq_project_id": {
                        "type": "string",
                        "description": "UUID of the Messaging and Queuing project; SQS must be activated on it.",
                        "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                        "x-pattern-description": "a UUID, such as 1eb1bff4-3ba6-4bef-a8de-6a6508c28a74",
                        "examples": ["1eb1bff4-3ba6-4bef-a8de-6a6508c28a74"],
                    },
                    "mnq_region": {
                        "type": "string",
                        "description": "Currently, only the `fr-par` and `nl-ams` regions are available.",
                    },
                },
            },
            "scw_nats_config": {
                "type": "object",
                "description": "The Scaleway NATS subject a new trigger listens to.",
                "required": [
                    "subject",
                    "mnq_nats_account_id",
                    "mnq_project_id",
                    "mnq_region",
                ],
                "properties": {
                    "subject": {
                        "type": "string",
                        "description": "Name of the NATS subject the trigger should listen to.",
                    },
                    "mnq_nats_account_id": {
                        "type": "string",
                        "description": "ID of the Messaging and Queuing NATS account.",
                    },
                    "mnq_project_id": {
                        "type": "string",
                        "description": "UUID of the Messaging and Queuing project.",
                        "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                        "x-pattern-description": "a UUID, such as 1eb1bff4-3ba6-4bef-a8de-6a6508c28a74",
                        "examples": ["1eb1bff4-3ba6-4bef-a8de-6a6508c28a74"],
                    },
                    "mnq_region": {
                        "type": "string",
                        "description": "Currently, only the `fr-par` and `nl-ams` regions are available.",
                    },
                },
            },
            "sqs_config": {
                "type": "object",
                "description": "The external SQS queue a new trigger reads from.",
                "required": ["endpoint", "queue_url", "access_key", "secret_key"],
                "properties": {
                    "endpoint": {
                        "type": "string",
                        "description": "Endpoint of the SQS service.",
                    },
                    "queue_url": {"type": "string", "description": "URL of the queue."},
                    "access_key": {
                        "type": "string",
                        "description": "Access key to the queue.",
                    },
                    "secret_key": {
                        "type": "string",
                        "description": "Secret key to the queue.",
                        "x-secret": True,
                    },
                },
            },
        },
    },
    "DeployFunctionRequest": {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "description": "The deploy call takes an empty JSON object.",
        "properties": {},
    },
    "UpdateCronRequest": {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "description": "The cron fields to change; omitted fields are kept.",
        "properties": {
            "function_id": {
                "type": "string",
                "description": "UUID of the function to call on schedule.",
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "x-pattern-description": "a UUID, such as 1eb1bff4-3ba6-4bef-a8de-6a6508c28a74",
                "examples": ["1eb1bff4-3ba6-4bef-a8de-6a6508c28a74"],
            },
            "schedule": {
                "type": "string",
                "description": "Schedule of the cron in UNIX cron format: five fields of printable ASCII separated by single spaces (e.g. `0 * * * *`).",
                "pattern": "^[!-~]+( [!-~]+){4}$",
                "x-pattern-description": "five fields of printable characters separated by single spaces, such as 0 * * * *",
            },
            "args": {
                "type": "object",
                "description": "Arguments passed to the function on each run, as a JSON object (the body of the request the cron sends).",
                "additionalProperties": True,
            },
            "name": {"type": "string", "description": "Name of the cron."},
        },
    },
    "UpdateFunctionRequest": {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "description": "The function fields to change; omitted fields are kept.",
        "properties": {
            "environment_variables": {
                "type": "object",
                "description": "Environment variables of the function to update.",
                "maxProperties": 100,
                "propertyNames": {
                    "pattern": "^(?!SCW_)[A-Za-z_][A-Za-z0-9_]*$",
                    "x-pattern-description": "letters, digits and underscores, not starting with a digit nor with the reserved SCW_",
                },
                "additionalProperties": {"type": "string", "maxLength": 1000},
            },
            "min_scale": {
                "type": "integer",
                "format": "int32",
                "minimum": 0,
                "maximum": 50,
                "description": "Minimum number of instances to scale the function to.",
            },
            "max_scale": {
                "type": "integer",
                "format": "int32",
                "minimum": 1,
                "maximum": 50,
                "description": "Maximum number of instances to scale the function to.",
            },
            "runtime": {
                "type": "string",
                "description": "Runtime to use with the function.",
                "enum": [
                    "unknown_runtime",
                    "golang",
                    "python",
                    "python3",
                    "node8",
                    "node10",
                    "node14",
                    "node16",
                    "node17",
                    "python37",
                    "python38",
                    "python39",
                    "python310",
                    "go113",
                    "go117",
                    "go118",
                    "node18",
                    "rust165",
                    "go119",
                    "python311",
                    "php82",
                    "node19",
                    "go120",
                    "node20",
                    "go121",
                    "node22",
                    "python312",
                    "php83",
                    "go122",
                    "rust179",
                    "go123",
                    "go124",
                    "python313",
                    "rust185",
                    "php84",
                    "node24",
                    "node26",
                    "go125",
                    "go126",
                    "php85",
                    "python314",
                    "rust196",
                ],
            },
            "memory_limit": {
                "type": "integer",
                "format": "int32",
                "description": "Memory limit of the function in MB; the vCPU share follows from it.",
                "anyOf": [
                    {"const": 128},
                    {"const": 256},
                    {"const": 512},
                    {"const": 1024},
                    {"const": 2048},
                    {"const": 3072},
                    {"const": 4096},
                ],
            },
            "timeout": {
                "type": "string",
                "description": "Processing time limit for the function. (in seconds)",
                "pattern": "^0*(([0-9]{1,2}|[1-8][0-9]{2})(\\.[0-9]{1,9})?|900(\\.0{1,9})?)s$",
                "x-pattern-description": "seconds followed by s, such as 300s, at most 900s (15 minutes)",
                "examples": ["300s"],
                "x-duration": "seconds",
            },
            "redeploy": {
                "type": "boolean",
                "description": "Redeploy failed function. Set it to false to apply the update without redeploying.",
            },
            "handler": {
                "type": "string",
                "description": "Handler to use with the function.",
            },
            "privacy": {
                "type": "string",
                "description": "Privacy setting of the function.",
                "enum": ["unknown_privacy", "public", "private"],
            },
            "description": {
                "type": "string",
                "description": "Description of the function.",
            },
            "secret_environment_variables": {
                "type": ["array", "null"],
                "description": 'Secret environment variables of the function. During an update, secret environment variables that are not specified in this field will be kept unchanged. In order to delete a specific secret environment variable, you must reference its key, but not provide any value for it; for example `{"secret_environment_variables": [{"key": "TO_DELETE"}]}` deletes the TO_DELETE secret environment variable.',
                "maxItems": 100,
                "items": {
                    "type": "object",
                    "description": "A secret environment variable as sent in a request. On update, a key with no value deletes that secret.",
                    "required": ["key"],
                    "properties": {
                        "key": {
                            "type": "string",
                            "description": "Name of the secret environment variable.",
                            "pattern": "^(?!SCW_)[A-Za-z_][A-Za-z0-9_]*$",
                            "x-pattern-description": "letters, digits and underscores, not starting with a digit nor with the reserved SCW_",
                        },
                        "value": {
                            "type": ["string", "null"],
                            "description": "Value of the secret environment variable, at most 65536 bytes. On update, a null or absent value deletes the secret.",
                            "maxLength": 65536,
                            "x-secret": True,
                        },
                    },
                },
            },
            "http_option": {
                "type": "string",
                "description": "Configure how HTTP and HTTPS requests are handled. Possible values:\n- redirected: Responds to HTTP request with a 301 redirect to ask the clients to use HTTPS.\n- enabled: Serve both HTTP and HTTPS traffic.",
                "enum": ["unknown_http_option", "enabled", "redirected"],
            },
            "sandbox": {
                "type": "string",
                "description": "Execution environment of the function.",
                "enum": ["unknown_sandbox", "v1", "v2"],
            },
            "tags": {
                "type": ["array", "null"],
                "description": "Tags of the Serverless Function. Null is the same as absent.",
                "items": {"type": "string"},
            },
            "private_network_id": {
                "description": "ID of the Private Network the function is connected to. When connected to a Private Network, the function can access other Scaleway resources in this Private Network. An empty string detaches the function: it is then answered as null.",
                "anyOf": [
                    {
                        "type": "string",
                        "description": "A UUID, in its canonical lowercase hyphenated form.",
                        "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                        "x-pattern-description": "a UUID, such as 1eb1bff4-3ba6-4bef-a8de-6a6508c28a74",
                        "examples": ["1eb1bff4-3ba6-4bef-a8de-6a6508c28a74"],
                    },
                    {"type": "string", "const": ""},
                ],
            },
        },
    },
    "UpdateNamespaceRequest": {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "description": "The namespace fields to change; omitted fields are kept.",
        "properties": {
            "environment_variables": {
                "type": "object",
                "description": "Environment variables of the namespace.",
                "maxProperties": 100,
                "propertyNames": {
                    "pattern": "^(?!SCW_)[A-Za-z_][A-Za-z0-9_]*$",
                    "x-pattern-description": "letters, digits and underscores, not starting with a digit nor with the reserved SCW_",
                },
                "additionalProperties": {"type": "string", "maxLength": 1000},
            },
            "description": {
                "type": "string",
                "description": "Description of the namespace.",
            },
            "secret_environment_variables": {
                "type": ["array", "null"],
                "description": "Secret environment variables of the namespace. Secrets not named here are kept; a key with no value deletes that secret.",
                "maxItems": 100,
                "items": {
                    "type": "object",
                    "description": "A secret environment variable as sent in a request. On update, a key with no value deletes that secret.",
                    "required": ["key"],
                    "properties": {
                        "key": {
                            "type": "string",
                            "description": "Name of the secret environment variable.",
                            "pattern": "^(?!SCW_)[A-Za-z_][A-Za-z0-9_]*$",
                            "x-pattern-description": "letters, digits and underscores, not starting with a digit nor with the reserved SCW_",
                        },
                        "value": {
                            "type": ["string", "null"],
                            "description": "Value of the secret environment variable, at most 65536 bytes. On update, a null or absent value deletes the secret.",
                            "maxLength": 65536,
                            "x-secret": True,
                        },
                    },
                },
            },
            "tags": {
                "type": ["array", "null"],
                "description": "Tags of the Serverless Function Namespace. Null is the same as absent.",
                "items": {"type": "string"},
            },
        },
    },
    "UpdateTriggerRequest": {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "description": "The trigger fields to change; omitted fields are kept.",
        "properties": {
            "name": {"type": "string", "description": "Name of the trigger."},
            "description": {
                "type": "string",
                "description": "Description of the trigger.",
            },
            "sqs_config": {
                "type": "object",
                "description": "New credentials for an external SQS queue.",
                "properties": {
                    "access_key": {
                        "type": "string",
                        "description": "Access key to the queue.",
                    },
                    "secret_key": {
                        "type": "string",
                        "description": "Secret key to the queue.",
                        "x-secret": True,
                    },
                },
            },
        },
    },
}

SERVICE_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "scw-functions service file",
    "type": "object",
    "additionalProperties": False,
    "required": ["service", "namespaces"],
    "properties": {
        "service": {
            "type": "string",
            "description": "The service's name: what apply creates is tagged with it, and --prune removes only what is so tagged.",
            "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",
            "x-pattern-description": "lowercase letters, digits and dashes, starting and ending with a letter or a digit",
            "maxLength": 63,
        },
        "namespaces": {
            "type": "object",
            "propertyNames": {
                "type": "string",
                "description": "Name of the function to create; generated when omitted.",
                "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",
                "x-pattern-description": "lowercase letters, digits and dashes, starting and ending with a letter or a digit",
                "maxLength": 63,
            },
            "description": "Its namespaces, name to namespace.",
            "additionalProperties": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "environment_variables": {
                        "type": "object",
                        "description": "Environment variables of the namespace.",
                        "maxProperties": 100,
                        "propertyNames": {
                            "pattern": "^(?!SCW_)[A-Za-z_][A-Za-z0-9_]*$",
                            "x-pattern-description": "letters, digits and underscores, not starting with a digit nor with the reserved SCW_",
                        },
                        "additionalProperties": {"type": "string", "maxLength": 1000},
                    },
                    "description": {
                        "type": "string",
                        "description": "Description of the namespace.",
                    },
                    "tags": {
                        "type": ["array", "null"],
                        "description": "Tags of the Serverless Function Namespace. Null is the same as absent.",
                        "items": {"type": "string"},
                    },
                    "activate_vpc_integration": {
                        "type": "boolean",
                        "description": "Deprecated by the API; its value no longer matters.",
                        "deprecated": True,
                    },
                    "secrets": {
                        "type": "object",
                        "description": "Secret environment variables, name to value: the value itself, ${env:NAME} (read from the environment) or ${file:PATH} (read from a file).",
                        "maxProperties": 100,
                        "propertyNames": {
                            "type": "string",
                            "description": "Name of the secret environment variable.",
                            "pattern": "^(?!SCW_)[A-Za-z_][A-Za-z0-9_]*$",
                            "x-pattern-description": "letters, digits and underscores, not starting with a digit nor with the reserved SCW_",
                        },
                        "additionalProperties": {"type": "string", "x-secret": True},
                    },
                    "functions": {
                        "type": "object",
                        "propertyNames": {
                            "type": "string",
                            "description": "Name of the function to create; generated when omitted.",
                            "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",
                            "x-pattern-description": "lowercase letters, digits and dashes, starting and ending with a letter or a digit",
                            "maxLength": 63,
                        },
                        "description": "Its functions, name to function.",
                        "additionalProperties": {
                            "type": "object",
                            "additionalProperties": False,
                            "required": ["code"],
                            "properties": {
                                "code": {
                                    "type": "string",
                                    "description": "Its code: a directory (zipped, .scwignore honoured) or a .zip file, relative to the service file.",
                                },
                                "environment_variables": {
                                    "type": "object",
                                    "description": "Environment variables of the function.",
                                    "maxProperties": 100,
                                    "propertyNames": {
                                        "pattern": "^(?!SCW_)[A-Za-z_][A-Za-z0-9_]*$",
                                        "x-pattern-description": "letters, digits and underscores, not starting with a digit nor with the reserved SCW_",
                                    },
                                    "additionalProperties": {
                                        "type": "string",
                                        "maxLength": 1000,
                                    },
                                },
                                "min_scale": {
                                    "type": "integer",
                                    "format": "int32",
                                    "minimum": 0,
                                    "maximum": 50,
                                    "description": "Minimum number of instances to scale the function to.",
                                },
                                "max_scale": {
                                    "type": "integer",
                                    "format": "int32",
                                    "minimum": 1,
                                    "maximum": 50,
                                    "description": "Maximum number of instances to scale the function to.",
                                },
                                "runtime": {
                                    "type": "string",
                                    "description": "Runtime to use with the function.",
                                    "anyOf": [
                                        {
                                            "enum": [
                                                "unknown_runtime",
                                                "golang",
                                                "python",
                                                "python3",
                                                "node8",
                                                "node10",
                                                "node14",
                                                "node16",
                                                "node17",
                                                "python37",
                                                "python38",
                                                "python39",
                                                "python310",
                                                "go113",
                                                "go117",
                                                "go118",
                                                "node18",
                                                "rust165",
                                                "go119",
                                                "python311",
                                                "php82",
                                                "node19",
                                                "go120",
                                                "node20",
                                                "go121",
                                                "node22",
                                                "python312",
                                                "php83",
                                                "go122",
                                                "rust179",
                                                "go123",
                                                "go124",
                                                "python313",
                                                "rust185",
                                                "php84",
                                                "node24",
                                                "node26",
                                                "go125",
                                                "go126",
                                                "php85",
                                                "python314",
                                                "rust196",
                                            ]
                                        },
                                        {
                                            "description": "A value the spec does not list yet: the API judges it."
                                        },
                                    ],
                                },
                                "memory_limit": {
                                    "type": "integer",
                                    "format": "int32",
                                    "description": "Memory limit of the function in MB; the vCPU share follows from it.",
                                    "anyOf": [
                                        {"const": 128},
                                        {"const": 256},
                                        {"const": 512},
                                        {"const": 1024},
                                        {"const": 2048},
                                        {"const": 3072},
                                        {"const": 4096},
                                    ],
                                },
                                "timeout": {
                                    "type": "string",
                                    "description": "Request processing time limit for the function. (in seconds)",
                                    "pattern": "^0*(([0-9]{1,2}|[1-8][0-9]{2})(\\.[0-9]{1,9})?|900(\\.0{1,9})?)s$",
                                    "x-pattern-description": "seconds followed by s, such as 300s, at most 900s (15 minutes)",
                                    "examples": ["300s"],
                                    "x-duration": "seconds",
                                },
                                "handler": {
                                    "type": "string",
                                    "description": "Handler to use with the function.",
                                },
                                "privacy": {
                                    "type": "string",
                                    "description": "Privacy setting of the function.",
                                    "anyOf": [
                                        {
                                            "enum": [
                                                "unknown_privacy",
                                                "public",
                                                "private",
                                            ]
                                        },
                                        {
                                            "description": "A value the spec does not list yet: the API judges it."
                                        },
                                    ],
                                },
                                "description": {
                                    "type": "string",
                                    "description": "Description of the function.",
                                },
                                "http_option": {
                                    "type": "string",
                                    "description": "Configure how HTTP and HTTPS requests are handled. Possible values:\n- redirected: Responds to HTTP request with a 301 redirect to ask the clients to use HTTPS.\n- enabled: Serve both HTTP and HTTPS traffic.",
                                    "anyOf": [
                                        {
                                            "enum": [
                                                "unknown_http_option",
                                                "enabled",
                                                "redirected",
                                            ]
                                        },
                                        {
                                            "description": "A value the spec does not list yet: the API judges it."
                                        },
                                    ],
                                },
                                "sandbox": {
                                    "type": "string",
                                    "description": "Execution environment of the function.",
                                    "anyOf": [
                                        {"enum": ["unknown_sandbox", "v1", "v2"]},
                                        {
                                            "description": "A value the spec does not list yet: the API judges it."
                                        },
                                    ],
                                },
                                "tags": {
                                    "type": ["array", "null"],
                                    "description": "Tags of the Serverless Function. Null is the same as absent.",
                                    "items": {"type": "string"},
                                },
                                "private_network_id": {
                                    "type": "string",
                                    "description": "ID of the Private Network the function is connected to. When connected to a Private Network, the function can access other Scaleway resources in this Private Network.",
                                    "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                                    "x-pattern-description": "a UUID, such as 1eb1bff4-3ba6-4bef-a8de-6a6508c28a74",
                                    "examples": [
                                        "1eb1bff4-3ba6-4bef-a8de-6a6508c28a74"
                                    ],
                                },
                                "secrets": {
                                    "type": "object",
                                    "description": "Secret environment variables, name to value: the value itself, ${env:NAME} (read from the environment) or ${file:PATH} (read from a file).",
                                    "maxProperties": 100,
                                    "propertyNames": {
                                        "type": "string",
                                        "description": "Name of the secret environment variable.",
                                        "pattern": "^(?!SCW_)[A-Za-z_][A-Za-z0-9_]*$",
                                        "x-pattern-description": "letters, digits and underscores, not starting with a digit nor with the reserved SCW_",
                                    },
                                    "additionalProperties": {
                                        "type": "string",
                                        "x-secret": True,
                                    },
                                },
                                "crons": {
                                    "type": "object",
                                    "description": "Its crons, name to schedule and arguments.",
                                    "propertyNames": {
                                        "type": "string",
                                        "minLength": 1,
                                        "pattern": "^[^/]+$",
                                        "x-pattern-description": "a name without /, which plan and apply use between namespace, function and name",
                                    },
                                    "additionalProperties": {
                                        "type": "object",
                                        "additionalProperties": False,
                                        "required": ["schedule"],
                                        "properties": {
                                            "schedule": {
                                                "type": "string",
                                                "description": "Schedule of the cron in UNIX cron format: five fields of printable ASCII separated by single spaces (e.g. `0 * * * *`).",
                                                "pattern": "^[!-~]+( [!-~]+){4}$",
                                                "x-pattern-description": "five fields of printable characters separated by single spaces, such as 0 * * * *",
                                            },
                                            "args": {
                                                "type": "object",
                                                "description": "Arguments passed to the function on each run, as a JSON object (the body of the request the cron sends).",
                                                "additionalProperties": True,
                                            },
                                        },
                                    },
                                },
                                "triggers": {
                                    "type": "object",
                                    "description": "Its triggers, name to source (exactly one of scw_sqs_config, scw_nats_config and sqs_config) and description.",
                                    "propertyNames": {
                                        "type": "string",
                                        "minLength": 1,
                                        "pattern": "^[^/]+$",
                                        "x-pattern-description": "a name without /, which plan and apply use between namespace, function and name",
                                    },
                                    "additionalProperties": {
                                        "type": "object",
                                        "additionalProperties": False,
                                        "properties": {
                                            "description": {
                                                "type": "string",
                                                "description": "Description of the trigger.",
                                            },
                                            "scw_sqs_config": {
                                                "type": "object",
                                                "description": "The Scaleway SQS queue a new trigger reads from.",
                                                "required": [
                                                    "queue",
                                                    "mnq_project_id",
                                                    "mnq_region",
                                                ],
                                                "properties": {
                                                    "queue": {
                                                        "type": "string",
                                                        "description": "Name of the SQS queue the trigger should listen to.",
                                                    },
                                                    "mnq_project_id": {
                                                        "type": "string",
                                                        "description": "UUID of the Messaging and Queuing project; SQS must be activated on it.",
                                                        "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                                                        "x-pattern-description": "a UUID, such as 1eb1bff4-3ba6-4bef-a8de-6a6508c28a74",
                                                        "examples": [
                                                            "1eb1bff4-3ba6-4bef-a8de-6a6508c28a74"
                                                        ],
                                                    },
                                                    "mnq_region": {
                                                        "type": "string",
                                                        "description": "Currently, only the `fr-par` and `nl-ams` regions are available.",
                                                    },
                                                },
                                            },
                                            "scw_nats_config": {
                                                "type": "object",
                                                "description": "The Scaleway NATS subject a new trigger listens to.",
                                                "required": [
                                                    "subject",
                                                    "mnq_nats_account_id",
                                                    "mnq_project_id",
                                                    "mnq_region",
                                                ],
                                                "properties": {
                                                    "subject": {
                                                        "type": "string",
                                                        "description": "Name of the NATS subject the trigger should listen to.",
                                                    },
                                                    "mnq_nats_account_id": {
                                                        "type": "string",
                                                        "description": "ID of the Messaging and Queuing NATS account.",
                                                    },
                                                    "mnq_project_id": {
                                                        "type": "string",
                                                        "description": "UUID of the Messaging and Queuing project.",
                                                        "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                                                        "x-pattern-description": "a UUID, such as 1eb1bff4-3ba6-4bef-a8de-6a6508c28a74",
                                                        "examples": [
                                                            "1eb1bff4-3ba6-4bef-a8de-6a6508c28a74"
                                                        ],
                                                    },
                                                    "mnq_region": {
                                                        "type": "string",
                                                        "description": "Currently, only the `fr-par` and `nl-ams` regions are available.",
                                                    },
                                                },
                                            },
                                            "sqs_config": {
                                                "type": "object",
                                                "description": "The external SQS queue a new trigger reads from.",
                                                "required": [
                                                    "endpoint",
                                                    "queue_url",
                                                    "access_key",
                                                    "secret_key",
                                                ],
                                                "properties": {
                                                    "endpoint": {
                                                        "type": "string",
                                                        "description": "Endpoint of the SQS service.",
                                                    },
                                                    "queue_url": {
                                                        "type": "string",
                                                        "description": "URL of the queue.",
                                                    },
                                                    "access_key": {
                                                        "type": "string",
                                                        "description": "Access key to the queue.",
                                                    },
                                                    "secret_key": {
                                                        "type": "string",
                                                        "description": "Secret key to the queue.",
                                                        "x-secret": True,
                                                    },
                                                },
                                            },
                                        },
                                    },
                                },
                                "domains": {
                                    "type": "array",
                                    "description": "Hostnames bound to it (each a CNAME to the function's domain).",
                                    "uniqueItems": True,
                                    "items": {
                                        "type": "string",
                                        "description": "Hostname to create, a valid DNS name (e.g. `api.example.com`).",
                                        "maxLength": 253,
                                    },
                                },
                            },
                        },
                    },
                },
            },
        },
    },
}
