"""Data, not code: the schema and gazetteer ship with the package so an installed tiegraph finds them."""
