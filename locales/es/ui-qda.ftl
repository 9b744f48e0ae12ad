# El ida y vuelta con programas de análisis cualitativo, en la aplicación (pantalla Temas).

coord-qda-heading = Codificación de análisis de un programa de análisis cualitativo
coord-qda-intro = Los analistas pueden volver a codificar las citas en NVivo, ATLAS.ti, MAXQDA o QualCoder: exporte el proyecto REFI-QDA desde Informes, codifíquelo allí e importe aquí el proyecto codificado. Se guarda aparte del libro de códigos del kit; los filtros eligen cuál usan las pantallas y los informes.
coord-qda-path = Proyecto codificado para importar (.qdpx)
coord-qda-import = Importar un proyecto codificado…
coord-qda-dialog = Proyecto REFI-QDA codificado para importar
coord-qda-codebook = Libro de códigos del análisis
coord-qda-col-code = Código
coord-qda-col-theme = Tema del kit
coord-qda-col-quotes = Citas
coord-qda-none = Todavía no se ha importado ninguna codificación de análisis.
coord-filter-codebook = Temas según
coord-codebook-kit = El libro de códigos del kit
coord-codebook-analysis = La codificación de análisis
