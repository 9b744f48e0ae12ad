# Palabras que el motor PDF imprime en los informes, y sus errores.
report-contents = Índice
report-page-of = Página { $n } de { $total }
report-translation = Traducción: { $text }

err-pdf-unsupported-character = La parte { $block } del documento contiene un carácter ({ $codepoint }) que las fuentes del informe no pueden imprimir.
rec-pdf-unsupported-character = Sustituya o elimine ese carácter en el texto original y vuelva a crear el informe.
err-pdf-too-many-pages = El documento supera su límite de páginas (necesita { $pages }, el límite es { $limit }).
rec-pdf-too-many-pages = Acórtelo: menos citas o textos más breves.
err-pdf-table-shape = Una fila de la tabla de la parte { $block } no tiene tantas celdas como su encabezado ({ $found } en lugar de { $expected }).
rec-pdf-table-shape = Dé a cada fila una celda por columna.
err-pdf-chart-value = El gráfico de la parte { $block } tiene un valor negativo o que no es un número.
rec-pdf-chart-value = Los gráficos muestran recuentos y proporciones: revise los valores.
err-pdf-heading-level = El título de la parte { $block } tiene nivel { $level }; solo existen los niveles 1 a 3.
err-pdf-too-tall = La parte { $block } del documento es más alta que una página y no se puede colocar.
rec-pdf-too-tall = Divídala en partes más pequeñas.
err-pdf-font-embedding = No se pudo incrustar la fuente { $font } en el PDF.
rec-pdf-font-embedding = Es un fallo de Hearken; por favor, infórmelo.
err-pdf-write = No se pudo guardar el informe.
rec-pdf-write = Compruebe que la carpeta existe, que puede escribir en ella y que el disco no está lleno.
