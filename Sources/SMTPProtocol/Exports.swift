// Addresses, replies, IP addresses, dates and encodings live in MailCore; every user of the
// protocol core sees them without a second import.
@_exported import MailCore
