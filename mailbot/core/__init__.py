"""The decision core: bytes and settings in, a `Decision` out. No I/O beyond reading
rules and templates at construction; imports nothing of the store, sources or web."""
