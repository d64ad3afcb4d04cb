"""Pure text functions: sentences, word tokens (UAX #29), quotation marks. Imports nothing above the model."""
