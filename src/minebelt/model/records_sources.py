"""Where the hazard-area record fields come from: IMAS 05.10, the GICHD minimum data
requirements, and the recording rules of the CCW's Amended Protocol II.

Layer: pure (sourced constants). :mod:`minebelt.outputs.records` writes the belts as the
records a national mine-action database keeps of a hazardous area; these citations say which
standard asks for each field (docs/user-guide.md, "Hazard-area records").
"""

from __future__ import annotations

from .sourcing import Citation

IMAS_05_10 = Citation(
    key="imas-05-10",
    title="IMAS 05.10 Information Management for Mine Action (First Edition 01 September 2012, Amendment 1, May 2013)",
    publisher="United Nations Mine Action Service (UNMAS)",
    date="2013-05",
    url="https://www.mineactionstandards.org/standards/05-10/",
    locator=(
        "the national mine action authority keeps the information on hazardous areas and land release in an information "
        "management system; the minimum data a programme collects are the GICHD's minimum data requirements (below)"
    ),
)
GICHD_MDR = Citation(
    key="gichd-mdr",
    title="Minimum Data Requirements for mine action (draft proposal for a technical note, to accompany IMSMA Core)",
    publisher="Geneva International Centre for Humanitarian Demining (GICHD)",
    date="2018",
    url="https://minimum-data-requirements.readthedocs.io/",
    locator=(
        "'Mine/ERW contaminated area/location': graphic location/benchmark (benchmark coordinates); contamination "
        "area (coordinates of perimeter); status (open, closed, handed over); type of area (SHA/CHA); direct evidence "
        "(category of devices suspected or confirmed in each area). Source text: github.com/GICHD/mdr"
    ),
)
CCW_APII_RECORDING = Citation(
    key="ccw-apii-recording",
    title="Protocol II to the CCW as amended on 3 May 1996 (Amended Protocol II), Art. 5(2)(a) and Technical Annex \u00a71 (Recording)",
    publisher="United Nations; text as reproduced by vilp.de (Protocol II, full text, Technical Annex)",
    date="1996-05-03",
    url="https://vilp.de/compare_article?lid=en&aid=1876&cid=143&bid=protocol_full",
    locator=(
        "Technical Annex 1(a)(i)-(iii): the location of minefields specified by at least two reference points and the "
        "estimated dimensions of the area; records indicate their perimeters and extent, and the type, number, emplacing "
        "method, type of fuse and life time, date and time of laying; 1(b): for remotely delivered mines, the total number "
        "and types, date of laying and self-destruction time periods. Art. 5(2)(a): mines without self-destruction lie "
        "within a perimeter-marked area, monitored and protected by fencing"
    ),
)
SOURCES = (IMAS_05_10, GICHD_MDR, CCW_APII_RECORDING)

__all__ = ["CCW_APII_RECORDING", "GICHD_MDR", "IMAS_05_10", "SOURCES"]
