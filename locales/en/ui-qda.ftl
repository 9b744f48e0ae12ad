# The round trip with QDA tools, in the app (Themes screen).

coord-qda-heading = Analysis coding from a QDA tool
coord-qda-intro = Analysts can code the quotes again in NVivo, ATLAS.ti, MAXQDA or QualCoder: export the REFI-QDA project from Reports, code it there, and import the coded project here. It is kept apart from the kit's codebook; the filters choose which one the screens and reports use.
coord-qda-path = Coded project to import (.qdpx)
coord-qda-import = Import a coded project…
coord-qda-dialog = Coded REFI-QDA project to import
coord-qda-codebook = Analysis codebook
coord-qda-col-code = Code
coord-qda-col-theme = Kit theme
coord-qda-col-quotes = Quotes
coord-qda-none = No analysis coding has been imported yet.
coord-filter-codebook = Themes from
coord-codebook-kit = The kit's codebook
coord-codebook-analysis = The analysis coding
