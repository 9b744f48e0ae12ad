count-quotes = { PLURAL($n) ->
    [one] { $n } cita
    [many] { $n } de citas
   *[other] { $n } citas
}
