# Stands in for the gem jekyll-jupyter-notebook (not packaged in Debian): {% jupyter_notebook %} renders nothing (no
# post uses it).
class JekyllJupyterNotebookStandIn < Liquid::Tag
  def render(_context)
    ''
  end
end
Liquid::Template.register_tag('jupyter_notebook', JekyllJupyterNotebookStandIn)
