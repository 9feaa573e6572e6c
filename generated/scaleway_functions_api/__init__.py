# Generated from openapi.yaml by openapi-python-client 0.29.1: do not edit.
"""The generated layer of scaleway-functions-client: the models of openapi.yaml (one attrs
class per component schema, in `models`) and its operations as data and typed methods
(`operations`). Users import `scaleway_functions`, which is built on it."""
