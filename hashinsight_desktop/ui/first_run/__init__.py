"""The first-run wizard: where the data lives (the demo farm, a shared PostgreSQL, or a new file on this computer),
the owner account, and optionally the first site with a discovery scan. Every step can go back; nothing is written
until Finish (``finish.carry_out``), and Cancel leaves no database, keyring entry or settings behind."""
