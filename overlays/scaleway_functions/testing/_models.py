# Generated from openapi.yaml by datamodel-code-generator 0.89.0: do not edit.
"""pydantic v2 models of openapi.yaml: what the emulator accepts and answers."""

from __future__ import annotations

from enum import Enum, IntEnum
from typing import Annotated, Literal

from pydantic import (
    MISSING,
    AnyUrl,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    RootModel,
    StringConstraints,
)
from typing_extensions import TypeAliasType


class UUID(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description="A UUID, in its canonical lowercase hyphenated form.",
            examples=["1eb1bff4-3ba6-4bef-a8de-6a6508c28a74"],
            pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
    ]


class Region(Enum):
    fr_par = "fr-par"
    nl_ams = "nl-ams"
    pl_waw = "pl-waw"


class FunctionStatus(Enum):
    unknown = "unknown"
    ready = "ready"
    deleting = "deleting"
    error = "error"
    locked = "locked"
    creating = "creating"
    pending = "pending"
    created = "created"


class NamespaceStatus(Enum):
    unknown = "unknown"
    ready = "ready"
    deleting = "deleting"
    error = "error"
    locked = "locked"
    creating = "creating"
    pending = "pending"


class FunctionRuntime(Enum):
    unknown_runtime = "unknown_runtime"
    golang = "golang"
    python = "python"
    python3 = "python3"
    node8 = "node8"
    node10 = "node10"
    node14 = "node14"
    node16 = "node16"
    node17 = "node17"
    python37 = "python37"
    python38 = "python38"
    python39 = "python39"
    python310 = "python310"
    go113 = "go113"
    go117 = "go117"
    go118 = "go118"
    node18 = "node18"
    rust165 = "rust165"
    go119 = "go119"
    python311 = "python311"
    php82 = "php82"
    node19 = "node19"
    go120 = "go120"
    node20 = "node20"
    go121 = "go121"
    node22 = "node22"
    python312 = "python312"
    php83 = "php83"
    go122 = "go122"
    rust179 = "rust179"
    go123 = "go123"
    go124 = "go124"
    python313 = "python313"
    rust185 = "rust185"
    php84 = "php84"
    node24 = "node24"
    node26 = "node26"
    go125 = "go125"
    go126 = "go126"
    php85 = "php85"
    python314 = "python314"
    rust196 = "rust196"


class FunctionPrivacy(Enum):
    unknown_privacy = "unknown_privacy"
    public = "public"
    private = "private"


class FunctionHttpOption(Enum):
    unknown_http_option = "unknown_http_option"
    enabled = "enabled"
    redirected = "redirected"


class FunctionSandbox(Enum):
    unknown_sandbox = "unknown_sandbox"
    v1 = "v1"
    v2 = "v2"


class RuntimeStatus(Enum):
    unknown_status = "unknown_status"
    beta = "beta"
    available = "available"
    deprecated = "deprecated"
    end_of_support = "end_of_support"
    end_of_life = "end_of_life"


class ListFunctionsOrderBy(Enum):
    created_at_asc = "created_at_asc"
    created_at_desc = "created_at_desc"
    name_asc = "name_asc"
    name_desc = "name_desc"


class ListNamespacesOrderBy(Enum):
    created_at_asc = "created_at_asc"
    created_at_desc = "created_at_desc"
    name_asc = "name_asc"
    name_desc = "name_desc"


class ErrorType(Enum):
    invalid_arguments = "invalid_arguments"
    not_found = "not_found"
    permissions_denied = "permissions_denied"
    quotas_exceeded = "quotas_exceeded"
    transient_state = "transient_state"
    precondition_failed = "precondition_failed"
    denied_authentication = "denied_authentication"
    resource_expired = "resource_expired"
    out_of_stock = "out_of_stock"
    unknown_resource = "unknown_resource"
    locked = "locked"


EnvironmentVariablesAdditionalProperty = TypeAliasType(
    "EnvironmentVariablesAdditionalProperty", Annotated[str, Field(max_length=1000)]
)


class EnvironmentVariables(
    RootModel[dict[str, EnvironmentVariablesAdditionalProperty]]
):
    model_config = ConfigDict(
        regex_engine="python-re",
    )
    root: Annotated[
        dict[
            Annotated[
                str, StringConstraints(pattern=r"^(?!SCW_)[A-Za-z_][A-Za-z0-9_]*$")
            ],
            EnvironmentVariablesAdditionalProperty,
        ],
        Field(
            description="Environment variables, name to value. At most 100, each value at most 1000 characters; names starting with `SCW_` are reserved.",
            max_length=100,
        ),
    ]


class Secret(BaseModel):
    model_config = ConfigDict(
        regex_engine="python-re",
    )
    key: Annotated[
        str,
        Field(
            description="Name of the secret environment variable.",
            pattern="^(?!SCW_)[A-Za-z_][A-Za-z0-9_]*$",
        ),
    ]
    value: Annotated[
        str | None | MISSING,
        Field(
            description="Value of the secret environment variable, at most 65536 bytes. On update, a null or absent value deletes the secret.",
            max_length=65536,
        ),
    ] = MISSING


class SecretHashedValue(BaseModel):
    key: Annotated[str, Field(description="Name of the secret environment variable.")]
    hashed_value: Annotated[
        str, Field(description="Argon2 hash of the secret's value.")
    ]


class Timeout(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description="Request processing time limit, as a duration in seconds with an `s` suffix and at most nine fractional digits (for example `300s`, or `10.000000000s` as Go clients write it); at most 15 minutes.",
            examples=["300s"],
            pattern="^0*(([0-9]{1,2}|[1-8][0-9]{2})(\\.[0-9]{1,9})?|900(\\.0{1,9})?)s$",
        ),
    ]


class Function(BaseModel):
    id: Annotated[str, Field(description="UUID of the function.")]
    name: Annotated[str, Field(description="Name of the function.")]
    namespace_id: Annotated[
        str, Field(description="UUID of the namespace the function belongs to.")
    ]
    status: Annotated[FunctionStatus, Field(description="Status of the function.")]
    environment_variables: Annotated[
        dict[str, str], Field(description="Environment variables of the function.")
    ]
    min_scale: Annotated[
        int,
        Field(
            description="Minimum number of instances to scale the function to.", ge=0
        ),
    ]
    max_scale: Annotated[
        int,
        Field(
            description="Maximum number of instances to scale the function to.", ge=0
        ),
    ]
    runtime: Annotated[FunctionRuntime, Field(description="Runtime of the function.")]
    memory_limit: Annotated[
        int, Field(description="Memory limit of the function in MB.", ge=0)
    ]
    cpu_limit: Annotated[
        int,
        Field(description="CPU limit of the function, in thousandths of a vCPU.", ge=0),
    ]
    timeout: Annotated[
        Timeout | None,
        Field(
            description='Request processing time limit for the function, normalised (`"10.000000000s"` is answered as `"10s"`).'
        ),
    ]
    handler: Annotated[str, Field(description="Handler to use for the function.")]
    error_message: Annotated[
        str | None,
        Field(description='Error message if the function is in "error" state.'),
    ]
    build_message: Annotated[
        str | None, Field(description="Description of the current build step.")
    ]
    privacy: Annotated[
        FunctionPrivacy, Field(description="Privacy setting of the function.")
    ]
    description: Annotated[
        str | None, Field(description="Description of the function.")
    ]
    domain_name: Annotated[
        str, Field(description="Domain name associated with the function.")
    ]
    secret_environment_variables: Annotated[
        list[SecretHashedValue],
        Field(description="Secret environment variables of the function."),
    ]
    region: Annotated[
        Region, Field(description="Region in which the function is deployed.")
    ]
    http_option: FunctionHttpOption
    runtime_message: Annotated[
        str,
        Field(description="Message about the runtime, such as a deprecation notice."),
    ]
    sandbox: Annotated[
        FunctionSandbox, Field(description="Execution environment of the function.")
    ]
    created_at: Annotated[
        AwareDatetime | None,
        Field(description="Creation date of the function. (RFC 3339 format)"),
    ]
    updated_at: Annotated[
        AwareDatetime | None,
        Field(description="Last update date of the function. (RFC 3339 format)"),
    ]
    ready_at: Annotated[
        AwareDatetime | None,
        Field(
            description="Last date when the function was successfully deployed and set to ready. (RFC 3339 format)"
        ),
    ]
    tags: Annotated[
        list[str], Field(description="List of tags applied to the Serverless Function.")
    ]
    private_network_id: Annotated[
        str | None,
        Field(
            description="ID of the Private Network the function is connected to. When connected to a Private Network, the function can access other Scaleway resources in this Private Network."
        ),
    ]


class Namespace(BaseModel):
    id: Annotated[str, Field(description="UUID of the namespace.")]
    name: Annotated[str, Field(description="Name of the namespace.")]
    environment_variables: Annotated[
        dict[str, str], Field(description="Environment variables of the namespace.")
    ]
    organization_id: Annotated[
        str, Field(description="UUID of the Organization the namespace belongs to.")
    ]
    project_id: Annotated[
        str, Field(description="UUID of the Project the namespace belongs to.")
    ]
    status: Annotated[NamespaceStatus, Field(description="Status of the namespace.")]
    registry_namespace_id: Annotated[
        str,
        Field(
            description="UUID of the registry namespace; empty until the namespace is ready."
        ),
    ]
    error_message: Annotated[
        str | None,
        Field(description='Error message if the namespace is in "error" state.'),
    ]
    registry_endpoint: Annotated[
        str,
        Field(
            description="Registry endpoint of the namespace; empty until the namespace is ready."
        ),
    ]
    description: Annotated[
        str | None, Field(description="Description of the namespace.")
    ]
    secret_environment_variables: Annotated[
        list[SecretHashedValue],
        Field(description="Secret environment variables of the namespace."),
    ]
    region: Annotated[
        Region, Field(description="Region in which the namespace is located.")
    ]
    tags: Annotated[
        list[str],
        Field(description="List of tags applied to the Serverless Function Namespace."),
    ]
    created_at: Annotated[
        AwareDatetime | None,
        Field(description="Creation date of the namespace. (RFC 3339 format)"),
    ]
    updated_at: Annotated[
        AwareDatetime | None,
        Field(description="Last update date of the namespace. (RFC 3339 format)"),
    ]
    vpc_integration_activated: Annotated[
        bool | MISSING,
        Field(
            deprecated=True,
            description="Deprecated by the API; its value no longer matters.",
        ),
    ] = MISSING


class Runtime(BaseModel):
    name: Annotated[
        str,
        Field(
            description="Name of the runtime, as used in a function's `runtime` field."
        ),
    ]
    language: Annotated[str, Field(description="Language of the runtime.")]
    version: Annotated[str, Field(description="Version of the language.")]
    default_handler: Annotated[
        str, Field(description="Handler used when a function does not name one.")
    ]
    code_sample: Annotated[
        str, Field(description="A minimal function for this runtime.")
    ]
    status: Annotated[
        RuntimeStatus, Field(description="Support status of the runtime.")
    ]
    status_message: Annotated[
        str,
        Field(
            description="Explanation of the status, such as an end-of-support notice."
        ),
    ]
    extension: Annotated[
        str, Field(description="File extension of the runtime's source files.")
    ]
    implementation: Annotated[str, Field(description="Implementation of the runtime.")]
    logo_url: Annotated[str, Field(description="URL of the language's logo.")]


class ListFunctionsResponse(BaseModel):
    functions: Annotated[list[Function], Field(description="Array of functions.")]
    total_count: Annotated[int, Field(description="Total number of functions.", ge=0)]


class ListNamespacesResponse(BaseModel):
    namespaces: Annotated[
        list[Namespace], Field(description="Array of the namespaces.")
    ]
    total_count: Annotated[int, Field(description="Total number of namespaces.", ge=0)]


class ListFunctionRuntimesResponse(BaseModel):
    runtimes: Annotated[
        list[Runtime], Field(description="Array of runtimes available.")
    ]
    total_count: Annotated[int, Field(description="Total number of runtimes.", ge=0)]


class CreateNamespaceRequest(BaseModel):
    name: Annotated[
        str | MISSING,
        Field(
            description="Name of the namespace; generated when omitted.",
            max_length=63,
            pattern="^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",
        ),
    ] = MISSING
    environment_variables: Annotated[
        EnvironmentVariables | MISSING,
        Field(description="Environment variables of the namespace."),
    ] = MISSING
    project_id: Annotated[
        UUID | MISSING,
        Field(
            description="UUID of the project in which the namespace will be created."
        ),
    ] = MISSING
    description: Annotated[
        str | MISSING, Field(description="Description of the namespace.")
    ] = MISSING
    secret_environment_variables: Annotated[
        list[Secret] | None | MISSING,
        Field(
            description="Secret environment variables of the namespace.", max_length=100
        ),
    ] = MISSING
    tags: Annotated[
        list[str] | None | MISSING,
        Field(
            description="Tags of the Serverless Function Namespace. Null is the same as absent."
        ),
    ] = MISSING
    activate_vpc_integration: Annotated[
        bool | MISSING,
        Field(
            deprecated=True,
            description="Deprecated by the API; its value no longer matters.",
        ),
    ] = MISSING


class UpdateNamespaceRequest(BaseModel):
    environment_variables: Annotated[
        EnvironmentVariables | MISSING,
        Field(description="Environment variables of the namespace."),
    ] = MISSING
    description: Annotated[
        str | MISSING, Field(description="Description of the namespace.")
    ] = MISSING
    secret_environment_variables: Annotated[
        list[Secret] | None | MISSING,
        Field(
            description="Secret environment variables of the namespace. Secrets not named here are kept; a key with no value deletes that secret.",
            max_length=100,
        ),
    ] = MISSING
    tags: Annotated[
        list[str] | None | MISSING,
        Field(
            description="Tags of the Serverless Function Namespace. Null is the same as absent."
        ),
    ] = MISSING


class MemoryLimit(IntEnum):
    integer_128 = 128
    integer_256 = 256
    integer_512 = 512
    integer_1024 = 1024
    integer_2048 = 2048
    integer_3072 = 3072
    integer_4096 = 4096


class CreateFunctionRequest(BaseModel):
    name: Annotated[
        str | MISSING,
        Field(
            description="Name of the function to create; generated when omitted.",
            max_length=63,
            pattern="^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",
        ),
    ] = MISSING
    namespace_id: Annotated[
        UUID,
        Field(description="UUID of the namespace the function will be created in."),
    ]
    environment_variables: Annotated[
        EnvironmentVariables | MISSING,
        Field(description="Environment variables of the function."),
    ] = MISSING
    min_scale: Annotated[
        int | MISSING,
        Field(
            description="Minimum number of instances to scale the function to.",
            ge=0,
            le=50,
        ),
    ] = MISSING
    max_scale: Annotated[
        int | MISSING,
        Field(
            description="Maximum number of instances to scale the function to.",
            ge=1,
            le=50,
        ),
    ] = MISSING
    runtime: Annotated[
        FunctionRuntime | MISSING,
        Field(description="Runtime to use with the function."),
    ] = MISSING
    memory_limit: Annotated[
        MemoryLimit | MISSING,
        Field(
            description="Memory limit of the function in MB; the vCPU share follows from it."
        ),
    ] = MISSING
    timeout: Annotated[
        Timeout | MISSING,
        Field(
            description="Request processing time limit for the function. (in seconds)"
        ),
    ] = MISSING
    handler: Annotated[
        str | MISSING, Field(description="Handler to use with the function.")
    ] = MISSING
    privacy: Annotated[
        FunctionPrivacy | MISSING, Field(description="Privacy setting of the function.")
    ] = MISSING
    description: Annotated[
        str | MISSING, Field(description="Description of the function.")
    ] = MISSING
    secret_environment_variables: Annotated[
        list[Secret] | None | MISSING,
        Field(
            description="Secret environment variables of the function.", max_length=100
        ),
    ] = MISSING
    http_option: FunctionHttpOption | MISSING = MISSING
    sandbox: Annotated[
        FunctionSandbox | MISSING,
        Field(description="Execution environment of the function."),
    ] = MISSING
    tags: Annotated[
        list[str] | None | MISSING,
        Field(
            description="Tags of the Serverless Function. Null is the same as absent."
        ),
    ] = MISSING
    private_network_id: Annotated[
        UUID | MISSING,
        Field(
            description="ID of the Private Network the function is connected to. When connected to a Private Network, the function can access other Scaleway resources in this Private Network."
        ),
    ] = MISSING


class UpdateFunctionRequest(BaseModel):
    environment_variables: Annotated[
        EnvironmentVariables | MISSING,
        Field(description="Environment variables of the function to update."),
    ] = MISSING
    min_scale: Annotated[
        int | MISSING,
        Field(
            description="Minimum number of instances to scale the function to.",
            ge=0,
            le=50,
        ),
    ] = MISSING
    max_scale: Annotated[
        int | MISSING,
        Field(
            description="Maximum number of instances to scale the function to.",
            ge=1,
            le=50,
        ),
    ] = MISSING
    runtime: Annotated[
        FunctionRuntime | MISSING,
        Field(description="Runtime to use with the function."),
    ] = MISSING
    memory_limit: Annotated[
        MemoryLimit | MISSING,
        Field(
            description="Memory limit of the function in MB; the vCPU share follows from it."
        ),
    ] = MISSING
    timeout: Annotated[
        Timeout | MISSING,
        Field(description="Processing time limit for the function. (in seconds)"),
    ] = MISSING
    redeploy: Annotated[
        bool | MISSING,
        Field(
            description="Redeploy failed function. Set it to false to apply the update without redeploying."
        ),
    ] = MISSING
    handler: Annotated[
        str | MISSING, Field(description="Handler to use with the function.")
    ] = MISSING
    privacy: Annotated[
        FunctionPrivacy | MISSING, Field(description="Privacy setting of the function.")
    ] = MISSING
    description: Annotated[
        str | MISSING, Field(description="Description of the function.")
    ] = MISSING
    secret_environment_variables: Annotated[
        list[Secret] | None | MISSING,
        Field(
            description='Secret environment variables of the function. During an update, secret environment variables that are not specified in this field will be kept unchanged. In order to delete a specific secret environment variable, you must reference its key, but not provide any value for it; for example `{"secret_environment_variables": [{"key": "TO_DELETE"}]}` deletes the TO_DELETE secret environment variable.',
            max_length=100,
        ),
    ] = MISSING
    http_option: FunctionHttpOption | MISSING = MISSING
    sandbox: Annotated[
        FunctionSandbox | MISSING,
        Field(description="Execution environment of the function."),
    ] = MISSING
    tags: Annotated[
        list[str] | None | MISSING,
        Field(
            description="Tags of the Serverless Function. Null is the same as absent."
        ),
    ] = MISSING
    private_network_id: Annotated[
        UUID | Literal[""] | MISSING,
        Field(
            description="ID of the Private Network the function is connected to. When connected to a Private Network, the function can access other Scaleway resources in this Private Network. An empty string detaches the function: it is then answered as null."
        ),
    ] = MISSING


class DeployFunctionRequest(BaseModel):
    pass


class HTTPHeaders(RootModel[dict[str, list[str]]]):
    root: dict[str, list[str]]


class ErrorDetail(BaseModel):
    argument_name: Annotated[
        str | MISSING, Field(description="Name of the argument at fault.")
    ] = MISSING
    reason: Annotated[
        str | MISSING,
        Field(
            description="Why the argument was refused (for example `required`, `constraint`)."
        ),
    ] = MISSING
    help_message: Annotated[
        str | MISSING, Field(description="How to fix the argument.")
    ] = MISSING
    resource: Annotated[
        str | MISSING, Field(description="For a quota, the resource it limits.")
    ] = MISSING
    quota: Annotated[
        int | MISSING, Field(description="For a quota, its limit.", ge=0)
    ] = MISSING
    current: Annotated[
        int | MISSING, Field(description="For a quota, the current usage.", ge=0)
    ] = MISSING
    action: Annotated[
        str | MISSING,
        Field(
            description="For `permissions_denied`, the action that was not permitted."
        ),
    ] = MISSING


class CronStatus(Enum):
    unknown = "unknown"
    ready = "ready"
    deleting = "deleting"
    error = "error"
    locked = "locked"
    creating = "creating"
    pending = "pending"


class DomainStatus(Enum):
    unknown = "unknown"
    ready = "ready"
    deleting = "deleting"
    error = "error"
    creating = "creating"
    pending = "pending"


class TokenStatus(Enum):
    unknown = "unknown"
    ready = "ready"
    deleting = "deleting"
    error = "error"
    creating = "creating"


class TriggerStatus(Enum):
    unknown_status = "unknown_status"
    ready = "ready"
    deleting = "deleting"
    error = "error"
    creating = "creating"
    pending = "pending"


class TriggerInputType(Enum):
    unknown_input_type = "unknown_input_type"
    sqs = "sqs"
    scw_sqs = "scw_sqs"
    nats = "nats"
    scw_nats = "scw_nats"


class ListCronsOrderBy(Enum):
    created_at_asc = "created_at_asc"
    created_at_desc = "created_at_desc"


class ListDomainsOrderBy(Enum):
    created_at_asc = "created_at_asc"
    created_at_desc = "created_at_desc"
    hostname_asc = "hostname_asc"
    hostname_desc = "hostname_desc"


class ListTokensOrderBy(Enum):
    created_at_asc = "created_at_asc"
    created_at_desc = "created_at_desc"


class ListTriggersOrderBy(Enum):
    created_at_asc = "created_at_asc"
    created_at_desc = "created_at_desc"


class CronArgs(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class Cron(BaseModel):
    id: Annotated[str, Field(description="UUID of the cron.")]
    function_id: Annotated[
        str, Field(description="UUID of the function the cron applies to.")
    ]
    schedule: Annotated[
        str, Field(description="Schedule of the cron, in UNIX cron format.")
    ]
    args: Annotated[
        CronArgs | None,
        Field(
            description="Arguments passed to the function on each run (a JSON object), or null."
        ),
    ]
    status: CronStatus
    name: Annotated[str, Field(description="Name of the cron.")]


class Domain(BaseModel):
    id: Annotated[str, Field(description="UUID of the domain.")]
    hostname: Annotated[
        str, Field(description="Hostname associated with the function.")
    ]
    function_id: Annotated[
        str, Field(description="UUID of the function the domain is associated with.")
    ]
    url: Annotated[str, Field(description="URL of the function.")]
    status: DomainStatus
    error_message: Annotated[
        str | None,
        Field(description='Error message if the domain is in "error" state.'),
    ]


class Token(BaseModel):
    id: Annotated[str, Field(description="UUID of the token.")]
    token: Annotated[
        str,
        Field(
            description="The token itself, to send in the X-Auth-Token header of calls."
        ),
    ]
    function_id: Annotated[
        str | MISSING,
        Field(
            description="UUID of the function the token is associated with; absent for a namespace's token."
        ),
    ] = MISSING
    namespace_id: Annotated[
        str | MISSING,
        Field(
            description="UUID of the namespace the token is associated with; absent for a function's token."
        ),
    ] = MISSING
    public_key: Annotated[
        str | None | MISSING,
        Field(
            deprecated=True,
            description="Public key of the token: a PEM when the token is created, empty afterwards. Deprecated by the API, which may stop sending it.",
        ),
    ] = MISSING
    status: TokenStatus
    description: Annotated[
        str | None,
        Field(description='Description of the token; `""` when none was given.'),
    ]
    expires_at: Annotated[
        AwareDatetime | None,
        Field(description="Date on which the token expires. (RFC 3339 format)"),
    ]


class TriggerMnqSqsClientConfig(BaseModel):
    queue: Annotated[
        str, Field(description="Name of the SQS queue the trigger listens to.")
    ]
    mnq_project_id: Annotated[
        str, Field(description="ID of the Messaging and Queuing project.")
    ]
    mnq_region: Annotated[
        str,
        Field(
            description="Currently, only the `fr-par` and `nl-ams` regions are available."
        ),
    ]
    mnq_credential_id: Annotated[
        str | None,
        Field(
            description="ID of the Messaging and Queuing credentials used to read from the queue."
        ),
    ]


class TriggerMnqNatsClientConfig(BaseModel):
    subject: Annotated[
        str, Field(description="Name of the NATS subject the trigger listens to.")
    ]
    mnq_nats_account_id: Annotated[
        str, Field(description="ID of the Messaging and Queuing NATS account.")
    ]
    mnq_project_id: Annotated[
        str, Field(description="ID of the Messaging and Queuing project.")
    ]
    mnq_region: Annotated[
        str,
        Field(
            description="Currently, only the `fr-par` and `nl-ams` regions are available."
        ),
    ]
    mnq_credential_id: Annotated[
        str | None,
        Field(
            description="ID of the credentials used to subscribe to the NATS subject."
        ),
    ]


class TriggerSqsClientConfig(BaseModel):
    endpoint: Annotated[str, Field(description="Endpoint of the SQS service.")]
    queue_url: Annotated[str, Field(description="URL of the queue.")]
    access_key: Annotated[str, Field(description="Access key to the queue.")]
    secret_key: Annotated[str, Field(description="Secret key to the queue.")]


class Trigger(BaseModel):
    id: Annotated[str, Field(description="ID of the trigger.")]
    name: Annotated[str, Field(description="Name of the trigger.")]
    description: Annotated[str, Field(description="Description of the trigger.")]
    function_id: Annotated[str, Field(description="ID of the function to trigger.")]
    input_type: TriggerInputType
    status: TriggerStatus
    error_message: Annotated[
        str | None, Field(description="Error message of the trigger.")
    ]
    scw_sqs_config: Annotated[
        TriggerMnqSqsClientConfig | MISSING,
        Field(
            description="The SQS queue read, when input_type is scw_sqs; absent otherwise."
        ),
    ] = MISSING
    scw_nats_config: Annotated[
        TriggerMnqNatsClientConfig | MISSING,
        Field(
            description="The NATS subject read, when input_type is scw_nats; absent otherwise."
        ),
    ] = MISSING
    sqs_config: Annotated[
        TriggerSqsClientConfig | MISSING,
        Field(
            description="The external SQS queue read, when input_type is sqs; absent otherwise."
        ),
    ] = MISSING


class ListCronsResponse(BaseModel):
    crons: Annotated[list[Cron], Field(description="Array of crons.")]
    total_count: Annotated[int, Field(description="Total number of crons.", ge=0)]


class ListDomainsResponse(BaseModel):
    domains: Annotated[list[Domain], Field(description="Array of domains.")]
    total_count: Annotated[int, Field(description="Total number of domains.", ge=0)]


class ListTokensResponse(BaseModel):
    tokens: Annotated[list[Token], Field(description="Array of tokens.")]
    total_count: Annotated[int, Field(description="Total number of tokens.", ge=0)]


class ListTriggersResponse(BaseModel):
    triggers: Annotated[list[Trigger], Field(description="Triggers on this page.")]
    total_count: Annotated[
        int,
        Field(
            description="Total count of existing triggers (matching any filters specified).",
            ge=0,
        ),
    ]


class CreateCronRequest(BaseModel):
    function_id: Annotated[
        UUID, Field(description="UUID of the function to call on schedule.")
    ]
    schedule: Annotated[
        str,
        Field(
            description="Schedule of the cron in UNIX cron format: five fields of printable ASCII separated by single spaces (e.g. `0 * * * *`).",
            pattern="^[!-~]+( [!-~]+){4}$",
        ),
    ]
    args: CronArgs | MISSING = MISSING
    name: Annotated[str | MISSING, Field(description="Name of the cron.")] = MISSING


class UpdateCronRequest(BaseModel):
    function_id: Annotated[
        UUID | MISSING, Field(description="UUID of the function to call on schedule.")
    ] = MISSING
    schedule: Annotated[
        str | MISSING,
        Field(
            description="Schedule of the cron in UNIX cron format: five fields of printable ASCII separated by single spaces (e.g. `0 * * * *`).",
            pattern="^[!-~]+( [!-~]+){4}$",
        ),
    ] = MISSING
    args: CronArgs | MISSING = MISSING
    name: Annotated[str | MISSING, Field(description="Name of the cron.")] = MISSING


class CreateDomainRequest(BaseModel):
    hostname: Annotated[
        str,
        Field(
            description="Hostname to create, a valid DNS name (e.g. `api.example.com`).",
            max_length=253,
        ),
    ]
    function_id: Annotated[
        UUID, Field(description="UUID of the function to bind the hostname to.")
    ]


class CreateTokenRequest(BaseModel):
    function_id: Annotated[
        UUID | MISSING,
        Field(description="UUID of the function the token gives access to."),
    ] = MISSING
    namespace_id: Annotated[
        UUID | MISSING,
        Field(
            description="UUID of the namespace whose functions the token gives access to."
        ),
    ] = MISSING
    description: Annotated[
        str | MISSING, Field(description="Description of the token.")
    ] = MISSING
    expires_at: Annotated[
        AwareDatetime | MISSING,
        Field(description="Date on which the token expires. (RFC 3339 format)"),
    ] = MISSING


class CreateTriggerMnqSqsConfig(BaseModel):
    queue: Annotated[
        str, Field(description="Name of the SQS queue the trigger should listen to.")
    ]
    mnq_project_id: Annotated[
        UUID,
        Field(
            description="UUID of the Messaging and Queuing project; SQS must be activated on it."
        ),
    ]
    mnq_region: Annotated[
        str,
        Field(
            description="Currently, only the `fr-par` and `nl-ams` regions are available."
        ),
    ]


class CreateTriggerMnqNatsConfig(BaseModel):
    subject: Annotated[
        str, Field(description="Name of the NATS subject the trigger should listen to.")
    ]
    mnq_nats_account_id: Annotated[
        str, Field(description="ID of the Messaging and Queuing NATS account.")
    ]
    mnq_project_id: Annotated[
        UUID, Field(description="UUID of the Messaging and Queuing project.")
    ]
    mnq_region: Annotated[
        str,
        Field(
            description="Currently, only the `fr-par` and `nl-ams` regions are available."
        ),
    ]


class CreateTriggerSqsConfig(BaseModel):
    endpoint: Annotated[str, Field(description="Endpoint of the SQS service.")]
    queue_url: Annotated[str, Field(description="URL of the queue.")]
    access_key: Annotated[str, Field(description="Access key to the queue.")]
    secret_key: Annotated[str, Field(description="Secret key to the queue.")]


class CreateTriggerRequest(BaseModel):
    name: Annotated[str, Field(description="Name of the trigger.")]
    function_id: Annotated[
        UUID, Field(description="UUID of the function to call for each message.")
    ]
    description: Annotated[
        str | MISSING, Field(description="Description of the trigger.")
    ] = MISSING
    scw_sqs_config: CreateTriggerMnqSqsConfig | MISSING = MISSING
    scw_nats_config: CreateTriggerMnqNatsConfig | MISSING = MISSING
    sqs_config: CreateTriggerSqsConfig | MISSING = MISSING


class UpdateTriggerSqsConfig(BaseModel):
    access_key: Annotated[
        str | MISSING, Field(description="Access key to the queue.")
    ] = MISSING
    secret_key: Annotated[
        str | MISSING, Field(description="Secret key to the queue.")
    ] = MISSING


class UpdateTriggerRequest(BaseModel):
    name: Annotated[str | MISSING, Field(description="Name of the trigger.")] = MISSING
    description: Annotated[
        str | MISSING, Field(description="Description of the trigger.")
    ] = MISSING
    sqs_config: UpdateTriggerSqsConfig | MISSING = MISSING


class UploadURL(BaseModel):
    url: Annotated[AnyUrl, Field(description="Upload URL to upload the function to.")]
    headers: HTTPHeaders


class DownloadURL(BaseModel):
    url: Annotated[AnyUrl, Field(description="Download URL of the function's archive.")]
    headers: HTTPHeaders


class Error(BaseModel):
    type: ErrorType | MISSING = MISSING
    message: Annotated[
        str, Field(description="Human-readable description of the error.")
    ]
    resource: Annotated[
        str | MISSING, Field(description="Kind of resource the error is about.")
    ] = MISSING
    resource_id: Annotated[
        str | MISSING, Field(description="ID of the resource the error is about.")
    ] = MISSING
    details: Annotated[
        list[ErrorDetail] | MISSING,
        Field(
            description="Details of the error: for `invalid_arguments`, one entry per argument (argument_name, reason, help_message); for `quotas_exceeded`, one per quota."
        ),
    ] = MISSING
    fields: Annotated[
        dict[str, list[str]] | MISSING,
        Field(description="Field name to the list of problems found in it."),
    ] = MISSING
    help_message: Annotated[
        str | MISSING, Field(description="How to resolve the error.")
    ] = MISSING
    current_state: Annotated[
        str | MISSING,
        Field(description="For `transient_state`, the state the resource is in."),
    ] = MISSING
    precondition: Annotated[
        str | MISSING,
        Field(description="For `precondition_failed`, the precondition that failed."),
    ] = MISSING
    expired_since: Annotated[
        AwareDatetime | MISSING,
        Field(description="For `resource_expired`, when the resource expired."),
    ] = MISSING
    method: Annotated[
        str | MISSING,
        Field(
            description="For `denied_authentication`, the authentication method refused."
        ),
    ] = MISSING
    reason: Annotated[
        str | MISSING,
        Field(description="For `denied_authentication`, why it was refused."),
    ] = MISSING
