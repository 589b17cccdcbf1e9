// The tiegraph network map: filters, search, neighbour highlighting and tooltips over
// vis-network. Text that came from documents reaches the page through textContent only,
// never as markup, so a sentence can show "<script>" but never run it.
(function () {
  "use strict";

  const data = JSON.parse(document.getElementById("map-data").textContent);
  const DIMMED = "rgba(190, 190, 190, 0.3)";
  const NODE_TEXT = "#222222";
  const labelColour = new Map(data.labels.map((label) => [label.name, label.colour]));
  const labelOf = new Map(data.nodes.map((node) => [node.id, node.group]));
  const hidden = { labels: new Set(), types: new Set() };
  const shown = { nodes: new Set(), edges: new Set() };
  let highlighted = null; // the entity picked out by a click or a search
  const years = data.years && { min: data.years[0], max: data.years[1], from: data.years[0], to: data.years[1] };

  const nodes = new vis.DataSet(data.nodes);
  const edges = new vis.DataSet(data.edges);
  const nodeView = new vis.DataView(nodes, { filter: (node) => shown.nodes.has(node.id) });
  const edgeView = new vis.DataView(edges, { filter: (edge) => shown.edges.has(edge.id) });
  applyFilters();
  const container = document.getElementById("map");
  const network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, data.options);

  function element(tag, text, className) {
    const el = document.createElement(tag);
    if (text !== undefined) el.textContent = text;
    if (className) el.className = className;
    return el;
  }

  function plural(count, one, many) {
    return count.toLocaleString("en") + " " + (count === 1 ? one : many);
  }

  // --- Filters: a relation is drawn when its type, its years and both ends pass (and,
  // while an entity is picked out, when it touches that entity). Once a relation filter
  // is on, entities left without a drawn relation go too, the same rule as the exporter's.

  function yearsNarrowed() {
    return Boolean(years) && (years.from > years.min || years.to < years.max);
  }

  function relationShown(edge) {
    if (hidden.types.has(edge.type)) return false;
    if (hidden.labels.has(labelOf.get(edge.from)) || hidden.labels.has(labelOf.get(edge.to))) return false;
    return !yearsNarrowed() || edge.years.some((year) => year >= years.from && year <= years.to);
  }

  function applyFilters() {
    const relationFilter = hidden.types.size > 0 || yearsNarrowed();
    const linked = new Set();
    shown.edges.clear();
    for (const edge of data.edges) {
      if (!relationShown(edge)) continue;
      linked.add(edge.from);
      linked.add(edge.to);
      if (highlighted === null || edge.from === highlighted || edge.to === highlighted) shown.edges.add(edge.id);
    }
    shown.nodes.clear();
    for (const node of data.nodes) {
      if (!hidden.labels.has(node.group) && (!relationFilter || linked.has(node.id))) shown.nodes.add(node.id);
    }
    nodeView.refresh();
    edgeView.refresh();
    showSummary();
  }

  function showSummary() {
    let text = plural(shown.nodes.size, "entity", "entities") + " and " +
      plural(shown.edges.size, "relation", "relations") + " drawn";
    if (data.leftOut) text += " · " + plural(data.leftOut, "less connected entity", "less connected entities") + " left out";
    document.getElementById("summary").textContent = text;
  }

  function legendRow(list, item, swatchClass, hiddenSet) {
    const box = element("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = item.name;
    box.addEventListener("change", () => {
      if (box.checked) hiddenSet.delete(item.name); else hiddenSet.add(item.name);
      setHighlight(null);
    });
    const swatch = element("span", undefined, "swatch " + swatchClass);
    swatch.style.background = item.colour;
    const label = element("label");
    label.append(box, swatch, element("span", item.name, "name"), element("span", item.count.toLocaleString("en"), "count"));
    const row = element("li");
    row.appendChild(label);
    list.appendChild(row);
  }

  for (const label of data.labels) legendRow(document.getElementById("label-filters"), label, label.shape, hidden.labels);
  for (const type of data.types) legendRow(document.getElementById("type-filters"), type, "line", hidden.types);

  function setUpYears() {
    if (!years) return;
    document.getElementById("years").hidden = false;
    for (const end of ["from", "to"]) {
      const slider = document.getElementById("year-" + end);
      const value = document.getElementById("year-" + end + "-value");
      slider.min = years.min;
      slider.max = years.max;
      slider.value = years[end];
      value.textContent = years[end];
      // The label follows the thumb; the map is redrawn when it is let go, as a
      // large map takes a moment to filter.
      slider.addEventListener("input", () => {
        years[end] = Number(slider.value);
        // Keep from <= to by moving the other end along.
        if (years.from > years.to) {
          const other = end === "from" ? "to" : "from";
          years[other] = years[end];
          document.getElementById("year-" + other).value = years[end];
          document.getElementById("year-" + other + "-value").textContent = years[end];
        }
        value.textContent = years[end];
      });
      slider.addEventListener("change", () => setHighlight(null));
    }
  }
  setUpYears();

  // --- Picking out an entity: only its relations stay drawn and every other entity fades.
  let faded = false;

  function setHighlight(id) {
    highlighted = id;
    applyFilters();
    if (id === null && !faded) return;
    const near = new Set([id]);
    for (const edge of edgeView.get()) {
      near.add(edge.from);
      near.add(edge.to);
    }
    nodes.update(data.nodes.map((node) => id === null || near.has(node.id)
      ? { id: node.id, color: labelColour.get(node.group), font: { color: NODE_TEXT } }
      : { id: node.id, color: DIMMED, font: { color: DIMMED } }));
    faded = id !== null;
  }

  network.on("click", (event) => {
    setHighlight(event.nodes.length ? event.nodes[0] : null);
  });

  // --- Search: exact name or alias first, then any name or alias containing the text.
  const byName = new Map();
  const names = document.getElementById("entity-names");
  for (const node of data.nodes) {
    for (const name of [node.label, ...node.aliases]) {
      if (!byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), node.id);
    }
    const option = element("option");
    option.value = node.label;
    names.appendChild(option);
  }

  function findEntity(query) {
    const wanted = query.trim().toLowerCase();
    if (!wanted) return null;
    if (byName.has(wanted)) return byName.get(wanted);
    const hit = data.nodes.find((node) =>
      [node.label, ...node.aliases].some((name) => name.toLowerCase().includes(wanted)));
    return hit ? hit.id : null;
  }

  function focusEntity(query) {
    const status = document.getElementById("search-status");
    const id = findEntity(query);
    if (id === null) {
      status.textContent = "No entity matches “" + query + "”.";
      return null;
    }
    if (!shown.nodes.has(id)) {
      status.textContent = nodes.get(id).label + " is hidden by the filters.";
      return null;
    }
    status.textContent = "";
    setHighlight(id);
    network.selectNodes([id]);
    network.focus(id, { scale: 1.3, animation: { duration: 600, easingFunction: "easeInOutQuad" } });
    return id;
  }

  document.getElementById("search").addEventListener("submit", (event) => {
    event.preventDefault();
    focusEntity(document.getElementById("search-input").value);
  });

  // --- Tooltips, built from text nodes only.
  const tooltip = document.getElementById("tooltip");

  function entityDetails(node) {
    tooltip.append(element("div", node.label, "tt-title"));
    tooltip.append(element("div", node.group + (node.discovered ? " · found by pattern, not in the gazetteer" : ""), "tt-meta"));
    if (node.aliases.length) tooltip.append(element("div", "Also: " + node.aliases.join(", ")));
    tooltip.append(element("div", plural(node.degree, "relation", "relations"), "tt-meta"));
  }

  function relationDetails(edge) {
    tooltip.append(element("div", nodes.get(edge.from).label + " → " + edge.type + " → " + nodes.get(edge.to).label, "tt-title"));
    const properties = Object.entries(edge.properties).map(([name, value]) => name + ": " + value);
    if (properties.length) tooltip.append(element("div", properties.join(" · ")));
    if (edge.years.length) tooltip.append(element("div", "Years: " + edge.years.join(", "), "tt-meta"));
    const sentences = element("ol");
    for (const [source, sentence] of edge.evidence) {
      const item = element("li");
      item.append(element("q", sentence), element("span", data.documents[source], "tt-source"));
      sentences.append(item);
    }
    tooltip.append(sentences);
    const more = edge.evidenceCount - edge.evidence.length;
    if (more > 0) tooltip.append(element("div", "and " + plural(more, "more sentence", "more sentences"), "tt-meta"));
  }

  function showTooltip(kind, id, point) {
    tooltip.replaceChildren();
    if (kind === "node") entityDetails(nodes.get(id)); else relationDetails(edges.get(id));
    tooltip.hidden = false;
    const box = container.getBoundingClientRect();
    const x = box.left + (point ? point.x : box.width / 2) + 16;
    const y = box.top + (point ? point.y : box.height / 2) + 16;
    tooltip.style.left = Math.max(0, Math.min(x, window.innerWidth - tooltip.offsetWidth - 8)) + "px";
    tooltip.style.top = Math.max(0, Math.min(y, window.innerHeight - tooltip.offsetHeight - 8)) + "px";
    return tooltip;
  }

  function hideTooltip() {
    tooltip.hidden = true;
  }

  network.on("hoverNode", (event) => showTooltip("node", event.node, event.pointer.DOM));
  network.on("hoverEdge", (event) => showTooltip("edge", event.edge, event.pointer.DOM));
  network.on("blurNode", hideTooltip);
  network.on("blurEdge", hideTooltip);
  network.on("dragStart", hideTooltip);
  network.on("zoom", hideTooltip);

  // --- Physics on and off.
  const physics = document.getElementById("physics");
  physics.checked = data.options.physics.enabled;
  physics.addEventListener("change", () => network.setOptions({ physics: { enabled: physics.checked } }));

  // Resolves once the nodes stand still, for scripts that read positions or take pictures.
  const settled = physics.checked && data.nodes.length
    ? new Promise((resolve) => network.once("stabilizationIterationsDone", resolve))
    : Promise.resolve();

  // For scripts and tests that drive the map (see tests/graph/test_html_browser.py).
  window.tiegraphMap = {
    network, nodes, edges, nodeView, edgeView, settled,
    applyFilters, focusEntity, showTooltip, hideTooltip,
  };
})();
