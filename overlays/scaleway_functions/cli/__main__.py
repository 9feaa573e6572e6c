"""`python -m scaleway_functions.cli`: the scw-functions command."""

from . import main

main()
