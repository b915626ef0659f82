"""Where mail comes from: IMAP mailboxes, or a local Maildir (the embedded default)."""
