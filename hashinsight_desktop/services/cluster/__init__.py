"""The control room: many consoles and agents on one database acting as one system (nodes, fenced roles,
claimed job ticks, outbox consumers) and the read model that shows it."""
