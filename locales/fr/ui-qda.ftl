# L'aller-retour avec les logiciels d'analyse qualitative, dans l'application (écran Thèmes).

coord-qda-heading = Codage d'analyse venu d'un logiciel d'analyse qualitative
coord-qda-intro = Des analystes peuvent coder à nouveau les citations dans NVivo, ATLAS.ti, MAXQDA ou QualCoder : exportez le projet REFI-QDA depuis Rapports, codez-le dans le logiciel, puis importez ici le projet codé. Il est gardé à part de la grille du kit ; les filtres choisissent laquelle les écrans et les rapports utilisent.
coord-qda-path = Projet codé à importer (.qdpx)
coord-qda-import = Importer un projet codé…
coord-qda-dialog = Projet REFI-QDA codé à importer
coord-qda-codebook = Grille d'analyse
coord-qda-col-code = Code
coord-qda-col-theme = Thème du kit
coord-qda-col-quotes = Citations
coord-qda-none = Aucun codage d'analyse n'a encore été importé.
coord-filter-codebook = Thèmes selon
coord-codebook-kit = La grille du kit
coord-codebook-analysis = Le codage d'analyse
