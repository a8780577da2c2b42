"""The CRM: customers and their assets, leads, deals, activities, tickets; every query scoped by ``scope``."""
