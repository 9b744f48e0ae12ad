# Mots que le moteur PDF imprime dans les rapports, et ses erreurs.
report-contents = Table des matières
report-page-of = Page { $n } sur { $total }
report-translation = Traduction : { $text }

err-pdf-unsupported-character = La partie { $block } du document contient un caractère ({ $codepoint }) que les polices du rapport ne peuvent pas imprimer.
rec-pdf-unsupported-character = Remplacez ou supprimez ce caractère dans le texte source, puis créez de nouveau le rapport.
err-pdf-too-many-pages = Le document dépasse sa limite de pages (il lui en faut { $pages }, la limite est de { $limit }).
rec-pdf-too-many-pages = Raccourcissez-le : moins de citations ou des textes plus courts.
err-pdf-table-shape = Une ligne du tableau de la partie { $block } n’a pas autant de cellules que son en-tête ({ $found } au lieu de { $expected }).
rec-pdf-table-shape = Donnez à chaque ligne une cellule par colonne.
err-pdf-chart-value = Le graphique de la partie { $block } contient une valeur négative ou qui n’est pas un nombre.
rec-pdf-chart-value = Les graphiques montrent des effectifs et des parts : vérifiez les valeurs.
err-pdf-heading-level = Le titre de la partie { $block } est de niveau { $level } ; seuls les niveaux 1 à 3 existent.
err-pdf-too-tall = La partie { $block } du document est plus haute qu’une page et ne peut pas être placée.
rec-pdf-too-tall = Divisez-la en parties plus petites.
err-pdf-font-embedding = La police { $font } n’a pas pu être intégrée au PDF.
rec-pdf-font-embedding = Il s’agit d’un défaut de Hearken ; merci de le signaler.
err-pdf-write = Le rapport n’a pas pu être enregistré.
rec-pdf-write = Vérifiez que le dossier existe, que vous pouvez y écrire et que le disque n’est pas plein.
