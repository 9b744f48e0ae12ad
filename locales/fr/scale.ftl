# Opérations longues : progression, annulation et démonstration à grande échelle.

stage-generating = Création des séances
stage-importing = Importation des paquets
stage-synthesis = Lecture des séances
stage-rendering = Impression des pages
stage-exporting = Écriture des enregistrements

err-cancelled = L'opération a été annulée.
rec-cancelled = Rien d'inachevé n'a été conservé : une importation ne garde que les paquets qu'elle a terminés, chacun complet, et un fichier est écrit en entier ou pas du tout. Relancez l'opération quand vous le souhaitez.

demo-scale-done = Démonstration créée : { PLURAL($sessions) ->
    [one] { $sessions } séance
    [many] { $sessions } de séances
   *[other] { $sessions } séances
} avec { PLURAL($quotes) ->
    [one] { $quotes } citation
    [many] { $quotes } de citations
   *[other] { $quotes } citations
}, provenant de { PLURAL($devices) ->
    [one] { $devices } appareil
    [many] { $devices } d'appareils
   *[other] { $devices } appareils
} (citations supprimées à la suite d'un retrait de consentement : { $withdrawn } ; consentements restreints : { $narrowed }).
demo-scale-bundles = { PLURAL($n) ->
    [one] { $n } paquet se trouve dans { $dir }. Importez-le avec
    [many] { $n } de paquets se trouvent dans { $dir }. Importez-les avec
   *[other] { $n } paquets se trouvent dans { $dir }. Importez-les avec
} "hearken import --approve-new-keys", puis lancez "hearken demo --follow-up".
demo-follow-up-done = { PLURAL($links) ->
    [one] { $links } recommandation communautaire a été liée
    [many] { $links } de recommandations communautaires ont été liées
   *[other] { $links } recommandations communautaires ont été liées
} à des recommandations officielles, et { PLURAL($history) ->
    [one] { $history } entrée a été écrite
    [many] { $history } d'entrées ont été écrites
   *[other] { $history } entrées ont été écrites
} dans l'historique.

ui-progress-cancel = Annuler
ui-progress-cancelling = Annulation…
ui-progress-step = { $stage } : { $done } sur { $total }
ui-progress-cancelled = Opération annulée. { PLURAL($done) ->
    [one] { $done } fichier avait déjà été importé en entier
    [many] { $done } de fichiers avaient déjà été importés, chacun en entier
   *[other] { $done } fichiers avaient déjà été importés, chacun en entier
} ; rien d'autre n'a été modifié.
