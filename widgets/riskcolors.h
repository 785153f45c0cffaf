#pragma once

#include <QColor>

namespace pegboard {

// Colour scales shared by the heatmap, the calendar and the risk panel. Diverging purple–orange
// and sequential blue–yellow–orange (ColorBrewer PuOr / Okabe–Ito hues): both stay distinct under
// the common forms of colour blindness, and neither relies on red against green.
namespace RiskColors {
// lift: 1 is neutral (white); below is purple, above orange, saturating at ¼× and 4×.
QColor forLift(double lift);
// risk 0–10: low risk blue, middling pale yellow, high orange-brown.
QColor forRisk(double risk);
// Black or white, whichever reads better on the background.
QColor textOn(const QColor &background);
} // namespace RiskColors

} // namespace pegboard
