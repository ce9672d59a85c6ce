// Kept as whitespace-separated text so hundreds of names stay readable instead of one per line.
const words = (text: string): readonly string[] => text.trim().split(/\s+/)

/** Members born before this year get the first names of their parents' generation. */
export const modernNamesFrom = 1968

export const maleNamesClassic = words(`
  Hans Peter Klaus Wolfgang Jürgen Dieter Manfred Günter Horst Gerhard Helmut Werner Heinz Rolf
  Bernd Uwe Rainer Karl-Heinz Hans-Peter Hans-Jürgen Norbert Reinhard Walter Friedrich Ulrich
  Joachim Volker Lothar Eckhard Dietmar Harald Hartmut Herbert Gerd Winfried Siegfried Bernhard
  Detlef Eberhard Wilfried Michael Thomas Andreas Frank Stefan Ralf Jörg Matthias Martin Christoph
  Georg Burkhard Axel Götz Roland Hubert Rüdiger Ernst Otto Albrecht Hans-Georg Karl Erich Kurt
`)

export const maleNamesModern = words(`
  Alexander Christian Daniel Sebastian Tobias Florian Markus Oliver Jan Tim Philipp Benjamin David
  Dominik Felix Jonas Lukas Maximilian Moritz Niklas Patrick Sven Marc Nils Björn Sören Carsten
  Dirk Torsten Holger Jens Kai Lars Heiko André René Marcel Simon Julian Fabian Johannes Timo
  Steffen Benedikt Konstantin Leon Paul Till Malte Hendrik Jochen Christopher Manuel Dennis Thomas
  Michael Stefan Matthias Andreas Frederik Vincent Jannik Robert Henrik Jörn Ole Mathias Kilian
`)

export const femaleNamesClassic = words(`
  Ursula Renate Monika Karin Helga Brigitte Gisela Ingrid Elke Petra Sabine Gabriele Christa
  Marianne Erika Hannelore Heidi Inge Barbara Doris Angelika Birgit Jutta Ute Heike Susanne Andrea
  Claudia Martina Cornelia Dagmar Gudrun Irmgard Margarete Edith Roswitha Christel Waltraud
  Rosemarie Hildegard Beate Regina Sigrid Bärbel Dorothea Elisabeth Anneliese Gertrud Marlies
  Christine Silke Anke Iris Marion Ulrike Kerstin Annette Astrid Carola Margit Hiltrud Edeltraud
`)

export const femaleNamesModern = words(`
  Julia Katharina Anna Laura Sarah Lisa Christina Stefanie Nicole Melanie Sandra Tanja Nadine
  Simone Anja Katrin Daniela Kathrin Jessica Vanessa Jennifer Franziska Johanna Lena Sophie Hannah
  Miriam Eva Verena Bettina Alexandra Claudia Susanne Britta Maren Inga Svenja Nina Carolin
  Theresa Judith Kristina Jana Sonja Silvia Meike Antje Friederike Charlotte Annika Lea Marie
  Leonie Isabel Natalie Janine Ines Wiebke Jasmin Sabrina Corinna Mareike Jördis Anne-Kathrin
`)

export const lastNames = words(`
  Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer
  Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange
  Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter
  Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich
  Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon
  Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel
  Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch
  Bergmann Voigt Sauer Arnold Wolff Pfeiffer Fröhlich Böttcher Gärtner Schütz Wächter Döring
  Jürgens Förster Fritsch Lübke Rößler Grün Blöcher Dörr Hölzer Kämmerer Kößler Mähler Nöll
  Pöhlmann Rühl Schöne Stöhr Süß Thöne Bräuer Fürst Gräf Höfer Kröger Löffler Märker Nüßlein
  Ölschläger Pätzold Rückert Sänger Stößel Tröger Völker Zöller Bührer Brückner Dürr Glöckner
  Häusler Hübner Kühne Mühlbauer Nägele Oßwald Preuß Reuß Schüler Spieß Strauß Wörner Ebert
  Eckert Ernst Faber Frey Geiger Göbel Hagen Heß Hesse Jakob Kern Kirchner Lenz Michel Nagel Ott
  Petersen Rausch Reuter Sander Schenk Schilling Seifert Stahl Steiner Thiel Ullrich Vetter Wendt
  Wirth Zander Ackermann Bach Bender Brenner Dreher Eichhorn Fink Gebhardt Hauser Jost Kessler
  Lindner Mohr Nickel Oswald Popp Rieger Sattler Thome Urban Walther Witt Zeller Appel Blum Diehl
  Emmerich Gerlach Heil Hild Kopp Kunz Lotz Dietz Nau Reitz Schad Henrich Größer Jöckel Schäfer-Lotz
  Möbus Hüttner Bürger Fröhlich-Weiß Grünewald Schößler Böhler Würtz Hörnig Rösch Kübler
`)
