// Units of measure written after a number, for both offline generators: a quantity with a unit ("3530 km",
// "2.918 μέτρα", "20 micrometres", "8848 米") is worth asking; a count of things ("31 idiomas", "30 caractères",
// "11 bytes", "4 percent") is a detail, not a measure.

/** SI symbols and names with their prefixes, imperial units, and the units' names in the languages read. */
const UNIT_AFTER =
  /^[ \t\u00A0\u202F]*(?:(?:[kMGTcmµn]?(?:m|g|s|Hz|W|V|A|J|N|Pa|L|l|K|mol|eV|t)|°[CF]?|km²|m²|m³|cm³|km\/h|mph|kph|rpm|dB)(?![\p{L}\d])|(?:kilo|centi|milli|micro|nano|mega|giga)?(?:m[eè]tres?|meters?|metros?|metri|meter|gramm?e?s?|litres?|liters?|litros?|seconds?|watts?|volts?|joules?|hertz|tonnes?)|miles?|feet|foot|inches?|pounds?|ounces?|acres?|hectares?|hektar|degrees?|degrés?|grad|grados?|kelvins?|calories?|minutes?|hours?|knots?|atmospheres?|μέτρα|χιλιόμετρα|κιλά|βαθμούς|метр\p{L}*|километр\p{L}*|килограмм\p{L}*|градус\p{L}*|км|кг|米|公里|千米|公斤|度|メートル|キロ|グラム|מטר|ק"מ|ק״מ|متر|كيلومتر)/iu;

/** Whether `after` (the text right after a number, on its line) opens with a unit of measure. */
export function unitAfter(after: string): boolean {
  return UNIT_AFTER.test(after);
}
