"""The Admin tab: users, roles, sites and customers, audit log, settings."""
