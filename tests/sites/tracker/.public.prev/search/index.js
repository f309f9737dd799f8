window.BRIEFING_SEARCH = {"fields": ["link", "kind", "label", "title", "date", "summary", "terms", "names"],
"briefs": [
  ["events/war/","event","Event","The river war","since 27 September 2020","","",""],
  ["events/opening/","event","Clash","The first shots","27 September 2020","","",""],
  ["events/bridge/","event","Clash","The bridge","6 October 2020","","",""],
  ["parties/monitors/","party","Organisation","River Monitoring Mission","","A fictional mission that counts the dead on both banks.","monitors","monitors"],
  ["parties/northland/","party","State","Republic of Northland","","A fictional state on the northern bank.","Northland","Northland"],
  ["parties/river-pact/","party","Alliance","River Pact","","A fictional alliance of the river states.","",""],
  ["parties/southland/","party","State","Southland","","A fictional state on the southern bank.","",""],
  ["about/","page","Page","About","","","",""]
]};
