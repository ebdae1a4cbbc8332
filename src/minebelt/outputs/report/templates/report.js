(function(){
  var svg=document.getElementById('imap'); if(!svg) return;
  var tip=document.getElementById('tip'), home=svg.getAttribute('data-home').split(' ').map(Number), vb=home.slice();
  function px(){return vb[2]/svg.clientWidth;}
  function apply(){svg.setAttribute('viewBox',vb.join(' '));svg.style.setProperty('--u',px()+'px');svg.classList.toggle('zoomed',home[2]/vb[2]>1.7);}
  function zoom(f,cx,cy){var r=svg.getBoundingClientRect(),mx=vb[0]+(cx-r.left)/r.width*vb[2],my=vb[1]+(cy-r.top)/r.height*vb[3];
    var nw=Math.min(Math.max(vb[2]*f,home[2]/400),home[2]*2),k=nw/vb[2];vb=[mx-(mx-vb[0])*k,my-(my-vb[1])*k,vb[2]*k,vb[3]*k];apply();}
  svg.addEventListener('wheel',function(e){e.preventDefault();zoom(e.deltaY>0?1.25:0.8,e.clientX,e.clientY);},{passive:false});
  var drag=null;
  svg.addEventListener('pointerdown',function(e){drag=[e.clientX,e.clientY,vb[0],vb[1]];svg.setPointerCapture(e.pointerId);});
  svg.addEventListener('pointermove',function(e){
    if(drag){var r=svg.getBoundingClientRect(),s=vb[2]/r.width;vb[0]=drag[2]-(e.clientX-drag[0])*s;vb[1]=drag[3]-(e.clientY-drag[1])*s;apply();return;}
    var t=e.target.closest('[data-tip]');
    if(t){tip.textContent=t.getAttribute('data-tip');tip.style.display='block';tip.style.left=(e.clientX+14)+'px';tip.style.top=(e.clientY+14)+'px';}
    else tip.style.display='none';});
  svg.addEventListener('pointerup',function(){drag=null;});
  svg.addEventListener('pointerleave',function(){tip.style.display='none';});
  document.getElementById('zin').onclick=function(){var r=svg.getBoundingClientRect();zoom(0.6,r.left+r.width/2,r.top+r.height/2);};
  document.getElementById('zout').onclick=function(){var r=svg.getBoundingClientRect();zoom(1/0.6,r.left+r.width/2,r.top+r.height/2);};
  document.getElementById('zhome').onclick=function(){vb=home.slice();apply();};
  window.addEventListener('resize',apply); apply();
})();
// printing: open every collapsed detail so the printout holds the whole report
window.addEventListener('beforeprint', function(){ document.querySelectorAll('details').forEach(function(d){ d.open = true; }); });
