"""One module per fact kind (money, area, target, zone, industry), each a spaCy component, plus the number
and unit normalizer they share (`extractors.numbers`)."""
