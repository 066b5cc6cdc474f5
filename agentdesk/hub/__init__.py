"""The team hub: many desktops share tickets, notes and KPIs through PostgreSQL. Qt-free."""
