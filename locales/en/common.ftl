# Shared words and counts. Plurals select through PLURAL(), never on the bare
# number: see src/i18n/plural.rs for why.
count-quotes = { PLURAL($n) ->
    [one] { $n } quote
   *[other] { $n } quotes
}
