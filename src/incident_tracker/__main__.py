"""``python -m incident_tracker`` runs the same CLI as the ``tracker`` script."""

from .cli import main

if __name__ == "__main__":
    main()
